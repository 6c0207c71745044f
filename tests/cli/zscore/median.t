# -m median: 4 against [1,2,10]: median 2, MAD median(1,0,8) = 1, so
# (4 - 2) / 1.4826 = 1.34898
$ printf 'v\n1\n2\n10\n4\n' | zscore -w 3 -m median
> v,v_zscore
> 1,
> 2,
> 10,
> 4,1.34898
