# --strict does not touch missing values
$ printf 'v\n1\n3\nNA\n\n5\n' | zscore -w 2 --strict -c v
> v,v_zscore
> 1,
> 3,
> NA,
> ,
> 5,2.12132
