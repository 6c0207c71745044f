# -m iqr: [1,2,3,4] has Q1 1.75, Q3 3.25 (linear), IQR 1.5, fences -0.5 and
# 5.5.  10: (10 - 5.5) / 1.5 = 3; then [2,3,4,10]: Q1 2.75 Q3 5.5 IQR 2.75,
# fences -1.375 and 9.625: 3 is inside, 0
$ printf 'v\n1\n2\n3\n4\n10\n3\n' | zscore -w 4 -m iqr
> v,v_zscore
> 1,
> 2,
> 3,
> 4,
> 10,3
> 3,0
