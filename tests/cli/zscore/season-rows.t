# --season 2 -w 2: the baseline is the rows 2 and 4 before.  14 vs [12,10]:
# 3 / 1.41421 = 2.12132; 2 vs [1,0]: 1.5 / 0.707107 = 2.12132; 13 vs
# [14,12]: 0
$ printf 'v\n10\n0\n12\n1\n14\n2\n13\n' | zscore --season 2 -w 2
> v,v_zscore
> 10,
> 0,
> 12,
> 1,
> 14,2.12132
> 2,2.12132
> 13,0
