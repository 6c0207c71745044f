# -m median, even window: [1,2,4,10] has median 3, deviations 2,1,1,7 and
# MAD 1.5: 9 scores (9 - 3) / (1.4826 * 1.5) = 2.69796
$ printf 'v\n1\n2\n4\n10\n9\n' | zscore -w 4 -m median
> v,v_zscore
> 1,
> 2,
> 4,
> 10,
> 9,2.69796
