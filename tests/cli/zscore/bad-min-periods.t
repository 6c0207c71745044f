# --min-periods 0: usage error (64) whose message names the option and the value,
# before reading any input
$ zscore --min-periods 0 testdata/contract/v.csv
? 64
! ^zscore: --min-periods: 0 is out of range
! ^Try 'zscore --help'
