# Two rules on one column: both count, the column is listed once in vote_why.
$ vote -r 'a>1,a>2,b'
< a,b
< 3,0
< 1.5,1
> a,b,vote_count,vote_score,vote_flag,vote_why
> 3,0,2,0.666667,1,a=3
> 1.5,1,2,0.666667,1,a=1.5;b=1
