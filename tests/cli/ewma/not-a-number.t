# text is treated as missing, with one warning naming it and a count at the end
$ ewma -c value -a 0.5
< id,value
< a,2
< b,high
< c,4
! ewma: stdin:3: column 'value': not a number: 'high'
! column 'value': 1 value was not a number
> id,value,value_ewma,value_ewma_z
> a,2,2,
> b,high,,
> c,4,3,
