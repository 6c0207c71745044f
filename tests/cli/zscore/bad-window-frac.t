# -w 1.5: usage error (64) whose message names the option and the value,
# before reading any input
$ zscore -w 1.5 testdata/contract/v.csv
? 64
! ^zscore: -w: a count of rows must be a whole number.*'1.5'
! ^Try 'zscore --help'
