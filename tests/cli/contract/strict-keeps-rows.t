# --strict: the rows before the bad value are all written before the error
$ zscore -w 1 --min-periods 1 --strict
< v
< 1
< 3
< x
< 4
? 65
! ^zscore: stdin:4: column 'v': not a number: 'x'$
> v,v_zscore
> 1,
> 3,2e+12
