# a row whose time cannot be read is scored as missing and leaves the state
$ ewma -c value -a 0.5
< timestamp,value
< 0,2
< soon,100
< 60,4
! ewma: stdin:3: column 'timestamp': not a time: 'soon'
> timestamp,value,value_ewma,value_ewma_z
> 0,2,2,
> soon,100,,
> 60,4,3,
