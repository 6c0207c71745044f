# without a time column every row is one step: 0.3 * 10
$ ewma -c value
< n,value
< 0,0
< 60,0
< 2040,10
> n,value,value_ewma,value_ewma_z
> 0,0,0,
> 60,0,0,
> 2040,10,3,
