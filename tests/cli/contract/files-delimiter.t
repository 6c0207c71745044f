# A TSV file after a CSV file with the same column names is not passed
# through with its tabs into CSV output: it is read as CSV, so its header
# differs (65); the first file's rows are written
$ zscore -w 2 -c v testdata/contract/part1w.csv testdata/contract/part2.tsv
? 65
> v,w,v_zscore
> 1,1,
> 3,1,
! ^zscore: testdata/contract/part2.tsv:1: header differs
