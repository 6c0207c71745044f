# Other bytes after the last member are an error (65), after the rows
$ { gzip -c testdata/contract/v.csv; printf 'junk'; } | zscore -w 2
? 65
> v,v_zscore
> 1,
> 3,
> 5,2.12132
> 4,0
! ^zscore: stdin:[0-9]+: corrupt or truncated gzip data$
