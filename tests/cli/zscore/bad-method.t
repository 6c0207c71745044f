# -m mode: usage error (64) whose message names the option and the value,
# before reading any input
$ zscore -m mode testdata/contract/v.csv
? 64
! ^zscore: -m: unknown method 'mode'
! ^Try 'zscore --help'
