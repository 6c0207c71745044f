# --cooldown 60s: the first row exactly 60s after the resolution may fire
# (the cooldown is [resolved, resolved + 60s)).
$ threshold -c s --above 1 --cooldown 60s
< ts,s
< 0,5
< 10,0
< 69,5
< 70,5
> ts,s,alert,severity
> 0,5,1,
> 10,0,0,
> 69,5,0,
> 70,5,1,
