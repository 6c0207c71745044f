# -k wide: usage error (64) whose message names the option and the value,
# before reading any input
$ zscore -k wide testdata/contract/v.csv
? 64
! ^zscore: -k: not a number: 'wide'
! ^Try 'zscore --help'
