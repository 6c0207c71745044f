# A header and no rows, with -c: the header with the new column, exit 0
$ printf 'a,v\n' | zscore -c v
> a,v,v_zscore
