# --min-periods 2 with -w 3: scored from the third row, on what there is
$ printf 'v\n1\n3\n5\n4\n' | zscore -w 3 --min-periods 2
> v,v_zscore
> 1,
> 3,
> 5,2.12132
> 4,0.5
