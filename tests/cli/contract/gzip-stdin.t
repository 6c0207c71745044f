# gzip data on stdin is read transparently
$ gzip -c testdata/contract/v.csv | zscore -w 2
> v,v_zscore
> 1,
> 3,
> 5,2.12132
> 4,0
