# -g: each host keeps its own level: x 0, 4 -> 2; y 10, 20 -> 15
$ ewma -g host -a 0.5
< host,v
< x,0
< y,10
< x,4
< y,20
> host,v,v_ewma,v_ewma_z
> x,0,0,
> y,10,10,
> x,4,2,
> y,20,15,
