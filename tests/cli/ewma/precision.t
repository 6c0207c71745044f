# --precision 3: three significant digits
$ ewma --precision 3 -a 0.3
< v
< 1
< 2
> v,v_ewma,v_ewma_z
> 1,1,
> 2,1.3,
