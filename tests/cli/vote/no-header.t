# --no-header: columns are named 1..N, so rules name them by number.
$ vote --no-header -r '2>1,3'
< a,5,0
< b,0,1
> a,5,0,1,0.5,0,2=5
> b,0,1,1,0.5,0,3=1
