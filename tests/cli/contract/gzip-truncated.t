# A gzip file cut before its 8-byte trailer: every row it holds is written,
# then a data error (65) naming the file
$ zscore -w 2 testdata/contract/truncated.csv.gz
? 65
> v,v_zscore
> 1,
> 3,
> 5,2.12132
> 4,0
! ^zscore: testdata/contract/truncated.csv.gz:[0-9]+: corrupt or truncated gzip data$
