# Zero bytes after the last gzip member (block padding) are ignored, as
# gzip -d does
$ { gzip -c testdata/contract/v.csv; head -c 1000 /dev/zero; } | zscore -w 2
> v,v_zscore
> 1,
> 3,
> 5,2.12132
> 4,0
