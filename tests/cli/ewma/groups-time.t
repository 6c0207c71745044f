# each group infers its own spacing and decays by its own gaps: x every 60 s,
# y every 30 s; y's 60 s gap is 2 steps (weight 0.75), x's is one (0.5)
$ ewma -g host -c v -a 0.5
< ts,host,v
< 0,x,0
< 0,y,0
< 30,y,10
< 60,x,10
< 90,y,0
< 120,x,0
> ts,host,v,v_ewma,v_ewma_z
> 0,x,0,0,
> 0,y,0,0,
> 30,y,10,5,
> 60,x,10,5,
> 90,y,0,1.25,
> 120,x,0,2.5,
