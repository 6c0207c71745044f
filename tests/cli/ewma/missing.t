# empty, NA and null are missing: empty scores, the state untouched
$ ewma -c value -a 0.5
< id,value
< a,2
< b,
< c,NA
< d,null
< e,4
> id,value,value_ewma,value_ewma_z
> a,2,2,
> b,,,
> c,NA,,
> d,null,,
> e,4,3,
