# --recover 3 with --above 5 (hysteresis): once firing, 4 and 3.5 are still
# bad; 3 (not above 3) resolves it.
$ threshold -c s --above 5 --recover 3
< s
< 6
< 4
< 3.5
< 3
< 4
< 6
> s,alert,severity
> 6,1,
> 4,1,
> 3.5,1,
> 3,0,
> 4,0,
> 6,1,
