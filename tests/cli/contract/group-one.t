# -g: one baseline per key; rows interleaved.  a: 5 vs [1,3] = 2.12132,
# 4 vs [3,5] = 0; b: 50 vs [10,30] = 30 / 14.1421 = 2.12132
$ zscore -w 2 -g host -c v
< host,v
< a,1
< b,10
< a,3
< b,30
< a,5
< b,50
< a,4
> host,v,v_zscore
> a,1,
> b,10,
> a,3,
> b,30,
> a,5,2.12132
> b,50,2.12132
> a,4,0
