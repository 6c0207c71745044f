# --halflife 1m: a point 30 s on weighs 1 - 2^-0.5, one 120 s on 1 - 2^-2:
# 10 (1 - 2^-0.5) = 2.92893, then 2.92893 / 4 = 0.732233
$ ewma --halflife 1m -c value
< timestamp,value
< 0,0
< 30,10
< 150,0
> timestamp,value,value_ewma,value_ewma_z
> 0,0,0,
> 30,10,2.92893,
> 150,0,0.732233,
