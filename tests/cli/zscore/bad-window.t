# -w abc: usage error (64) whose message names the option and the value,
# before reading any input
$ zscore -w abc testdata/contract/v.csv
? 64
! ^zscore: -w: not a count or a duration.*'abc'
! ^Try 'zscore --help'
