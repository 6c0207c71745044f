# A flat baseline gives 0 for an equal point and, for another, the
# difference over the documented floor 1e-12 * max(1, |centre|): finite.
# 4 against [5,5,6]: (4 - 5.33333) / 0.57735 = -2.3094
$ printf 'v\n5\n5\n5\n5\n6\n4\n' | zscore -w 3
> v,v_zscore
> 5,
> 5,
> 5,
> 5,0
> 6,2e+11
> 4,-2.3094
