# -k -1: usage error (64) whose message names the option and the value,
# before reading any input
$ zscore -k -1 testdata/contract/v.csv
? 64
! ^zscore: -k: -1 is out of range
! ^Try 'zscore --help'
