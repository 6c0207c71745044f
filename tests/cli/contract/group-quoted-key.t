# Group keys with the delimiter inside quoted values stay distinct:
# ("a,b","c") and ("a","b,c") are two groups, so neither is ever scored with
# -w 2 (each has only 2 points before the last)
$ zscore -w 2 -g g1,g2 -c v
< g1,g2,v
< "a,b",c,1
< a,"b,c",100
< "a,b",c,3
< a,"b,c",300
< "a,b",c,5
> g1,g2,v,v_zscore
> "a,b",c,1,
> a,"b,c",100,
> "a,b",c,3,
> a,"b,c",300,
> "a,b",c,5,2.12132
