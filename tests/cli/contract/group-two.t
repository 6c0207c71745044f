# -g with two columns: the key is the pair, so (a,x) and (a,y) are apart;
# (a,y): 7 vs [1,3] = (7-2)/sqrt(2) = 3.53553
$ zscore -w 2 -g host,dc -c v
< host,dc,v
< a,x,1
< a,y,1
< b,x,100
< a,x,3
< a,y,3
< b,x,100
< a,x,5
< a,y,7
> host,dc,v,v_zscore
> a,x,1,
> a,y,1,
> b,x,100,
> a,x,3,
> a,y,3,
> b,x,100,
> a,x,5,2.12132
> a,y,7,3.53553
