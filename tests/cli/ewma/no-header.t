# --no-header: the first line is data, columns are named 1..N (-c 2)
$ ewma --no-header -c 2 -a 0.5
< a,2
< b,4
> a,2,2,
> b,4,3,
