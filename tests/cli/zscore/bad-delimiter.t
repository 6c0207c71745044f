# -d ab: usage error (64) whose message names the option and the value,
# before reading any input
$ zscore -d ab testdata/contract/v.csv
? 64
! ^zscore: -d: the delimiter must be one character or 'tab': 'ab'
! ^Try 'zscore --help'
