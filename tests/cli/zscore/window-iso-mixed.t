# Epoch seconds with a fraction (Prometheus): -w 2m at 180.0 keeps 60.25 and
# 120.75 (> 60): [2,3] -> 1.5 / 0.707107 = 2.12132; 0.5 is out
$ zscore -w 2m --min-periods 2 -c v
< timestamp,v
< 0.5,1
< 60.25,2
< 120.75,3
< 180.0,4
> timestamp,v,v_zscore
> 0.5,1,
> 60.25,2,
> 120.75,3,
> 180.0,4,2.12132
