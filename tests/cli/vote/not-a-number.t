# A value that is not a number does not fire: one warning naming file, line,
# column and value, and a count at the end.
$ vote -r 'a>1,b>1' -k 1
< a,b
< x,2
< y,0
> a,b,vote_count,vote_score,vote_flag,vote_why
> x,2,1,0.5,1,b=2
> y,0,0,0,0,
! ^vote: stdin:2: column 'a': not a number: 'x'
! column 'a': 2 values were not a number
