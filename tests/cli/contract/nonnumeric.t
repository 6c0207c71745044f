# Text in a scored column: the row is kept with an empty score, the value
# stays out of the baseline, a warning names file:line, column and value, a
# count comes at the end, exit 0
$ zscore -w 2 -c v testdata/contract/text.csv
> n,v,v_zscore
> a,1,
> b,3,
> c,high,
> d,low,
> e,5,2.12132
! ^zscore: testdata/contract/text.csv:4: column 'v': not a number: 'high'
! ^zscore: column 'v': 2 values were not a number
