# -w 0: all history.  4 against [1,3,5]: (4 - 3) / 2 = 0.5; 0 against
# [1,3,5,4]: mean 3.25, sd 1.70783, -1.90301
$ printf 'v\n1\n3\n5\n4\n0\n' | zscore -w 0 --min-periods 2
> v,v_zscore
> 1,
> 3,
> 5,2.12132
> 4,0.5
> 0,-1.90301
