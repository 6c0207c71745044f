# with a time column a gap decays the state by elapsed time: 30 minutes in a
# 1-minute series weighs the new point 1 - 0.7^30 = 0.999977, not 0.3
$ ewma -c value
< timestamp,value
< 0,0
< 60,0
< 120,0
< 180,0
< 240,0
< 2040,10
> timestamp,value,value_ewma,value_ewma_z
> 0,0,0,
> 60,0,0,
> 120,0,0,
> 180,0,0,
> 240,0,0,
> 2040,10,9.99977,
