# -w 0 with -m median would need memory growing with the input: usage error
$ zscore -w 0 -m median testdata/contract/v.csv
? 64
! ^zscore: -w 0 .*-m mean only
