# an output name already in the input is refused
$ ewma -c v
< v,v_ewma
< 1,2
? 64
! output column 'v_ewma' is already in the input
