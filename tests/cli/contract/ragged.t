# A row with too few fields is a data error (65) naming file and line; every
# row before it is written
$ zscore -w 2 -c v testdata/contract/ragged.csv
? 65
> a,v,v_zscore
> 1,1,
> 2,3,
! ^zscore: testdata/contract/ragged.csv:4: expected 2 fields \(as in the header\), found 1$
