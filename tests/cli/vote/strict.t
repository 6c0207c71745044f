# --strict: a value that is not a number is an error (65), as in zscore;
# the rows before it are written
$ vote --strict -r 'a>1'
< a
< 2
< oops
? 65
! stdin:3: column 'a': not a number: 'oops'
> a,vote_count,vote_score,vote_flag,vote_why
> 2,1,1,1,a=2
