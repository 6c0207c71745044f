# --precision 17 writes the level to full precision: 0.3 * 1 + 0.7 * 0
$ ewma --precision 17 -a 0.3
< v
< 0
< 1
> v,v_ewma,v_ewma_z
> 0,0,
> 1,0.29999999999999999,
