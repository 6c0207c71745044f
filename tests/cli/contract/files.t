# Several files with the same header are one stream: one header, the state
# carries over (5 is scored against 1 and 3 from the first file)
$ zscore -w 2 testdata/contract/part1.csv testdata/contract/part2.csv
> v,v_zscore
> 1,
> 3,
> 5,2.12132
> 4,0
