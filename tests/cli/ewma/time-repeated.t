# a time that does not advance (repeated, or earlier) counts as one step
$ ewma -c value -a 0.5
< timestamp,value
< 0,0
< 60,0
< 60,8
< 30,0
> timestamp,value,value_ewma,value_ewma_z
> 0,0,0,
> 60,0,0,
> 60,8,4,
> 30,0,2,
