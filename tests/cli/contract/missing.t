# Empty, NaN, NA and null are missing: empty score, no warning, and they do
# not enter the baseline (5 is scored against [1,3] alone)
$ printf 'v\n1\n3\n\nNaN\nNA\nnull\n5\n' | zscore -w 2 -c v
> v,v_zscore
> 1,
> 3,
> ,
> NaN,
> NA,
> null,
> 5,2.12132
