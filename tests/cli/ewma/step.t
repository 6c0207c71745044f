# --step 30s: a point 15 s after the last is half a step, weight 1 - 0.7^0.5
$ ewma --step 30s -c value
< timestamp,value
< 0,0
< 15,10
> timestamp,value,value_ewma,value_ewma_z
> 0,0,0,
> 15,10,1.6334,
