# A missing row keeps its place in a row-counted season: the phases stay
# aligned (row 5's baseline is rows 3 and 1, the empty row 4 is phase 0)
$ printf 'v\n10\n0\n12\n1\n\n2\n13\n' | zscore --season 2 -w 2
> v,v_zscore
> 10,
> 0,
> 12,
> 1,
> ,
> 2,2.12132
> 13,
