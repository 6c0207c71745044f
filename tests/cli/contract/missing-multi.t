# In multi-column input a missing value leaves the other columns scored
$ printf 'v,w\n1,1\n3,3\n,5\nNA,4\n5,\n' | zscore -w 2
> v,w,v_zscore,w_zscore
> 1,1,,
> 3,3,,
> ,5,,2.12132
> NA,4,,0
> 5,,2.12132,
