# '-' among the files is stdin
$ zscore -w 2 testdata/contract/part1.csv - < testdata/contract/part2.csv
> v,v_zscore
> 1,
> 3,
> 5,2.12132
> 4,0
