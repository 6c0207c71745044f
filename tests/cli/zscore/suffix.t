# --suffix renames the appended columns
$ zscore -w 2 --suffix _z testdata/contract/v.csv
> v,v_z
> 1,
> 3,
> 5,2.12132
> 4,0
