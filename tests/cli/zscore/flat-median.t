# -m median with a zero MAD: 0 for the median itself, floored otherwise
$ printf 'v\n5\n5\n7\n5\n8\n' | zscore -w 3 -m median
> v,v_zscore
> 5,
> 5,
> 7,
> 5,0
> 8,6e+11
