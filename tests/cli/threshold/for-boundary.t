# --for 3: a run of 2 rows over the level does not fire; a run of exactly 3
# fires on its 3rd row; the first normal row resolves it (--clear 1).
$ threshold -c s --above 1 --for 3
< s
< 0
< 5
< 5
< 0
< 5
< 5
< 5
< 0
> s,alert,severity
> 0,0,
> 5,0,
> 5,0,
> 0,0,
> 5,0,
> 5,0,
> 5,1,
> 0,0,
