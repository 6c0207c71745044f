# A later file with another header is a data error (65) naming it; the rows
# of the files before it are written
$ zscore -w 2 testdata/contract/part1.csv testdata/contract/other.csv
? 65
> v,v_zscore
> 1,
> 3,
! ^zscore: testdata/contract/other.csv:1: header differs
