# --precision 18: usage error (64) whose message names the option and the value,
# before reading any input
$ zscore --precision 18 testdata/contract/v.csv
? 64
! ^zscore: --precision: 18 is out of range \[1, 17\]
! ^Try 'zscore --help'
