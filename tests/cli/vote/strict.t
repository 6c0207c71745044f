# --strict: a value that is not a number is an error (65), as in zscore:
# no partial output.
$ vote --strict -r 'a>1'
< a
< 2
< oops
? 65
! stdin:3: column 'a': not a number: 'oops'
