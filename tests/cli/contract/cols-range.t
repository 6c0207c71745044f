# -c takes ranges A-B and mixes them with names
$ printf 'a,b,c,d\n1,1,1,1\n3,3,3,3\n5,5,5,4\n' | zscore -w 2 -c 2-3,d
> a,b,c,d,b_zscore,c_zscore,d_zscore
> 1,1,1,1,,,
> 3,3,3,3,,,
> 5,5,5,4,2.12132,2.12132,1.41421
