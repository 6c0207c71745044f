# without --step the spacing is the smallest interval seen so far: the 15 s
# interval is one step (weight 0.3); then 60 s is 4 steps, 1 - 0.7^4 = 0.7599
$ ewma -c value
< timestamp,value
< 0,0
< 15,10
< 75,0
> timestamp,value,value_ewma,value_ewma_z
> 0,0,0,
> 15,10,3,
> 75,0,0.7203,
