# A gzip file named as an argument is read transparently
$ zscore -w 2 testdata/contract/v.csv.gz
> v,v_zscore
> 1,
> 3,
> 5,2.12132
> 4,0
