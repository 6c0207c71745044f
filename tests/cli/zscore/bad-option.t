# --bogus: usage error (64) whose message names the option and the value,
# before reading any input
$ zscore --bogus testdata/contract/v.csv
? 64
! ^zscore: unrecognized option '--bogus'
! ^Try 'zscore --help'
