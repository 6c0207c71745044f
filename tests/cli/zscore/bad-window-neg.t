# -w -5: usage error (64) whose message names the option and the value,
# before reading any input
$ zscore -w -5 testdata/contract/v.csv
? 64
! ^zscore: -w: .*'-5'
! ^Try 'zscore --help'
