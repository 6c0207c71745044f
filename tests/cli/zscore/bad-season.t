# --season 0: usage error (64) whose message names the option and the value,
# before reading any input
$ zscore --season 0 testdata/contract/v.csv
? 64
! ^zscore: --season: the period must be at least 1 row
! ^Try 'zscore --help'
