# -m iqr below the lower fence is negative: -2 against [1,2,3,4] is
# (-2 - -0.5) / 1.5 = -1
$ printf 'v\n1\n2\n3\n4\n-2\n' | zscore -w 4 -m iqr
> v,v_zscore
> 1,
> 2,
> 3,
> 4,
> -2,-1
