# A UTF-8 BOM is skipped: the first column is named 'v' (not BOM+v) and the
# output carries no BOM
$ printf '\357\273\277v,w\n1,0\n3,0\n5,0\n' | zscore -w 2 -c v
> v,w,v_zscore
> 1,0,
> 3,0,
> 5,0,2.12132
