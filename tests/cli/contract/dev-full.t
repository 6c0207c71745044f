# A write error (stdout is /dev/full) exits 74 with a message
$ zscore -w 2 testdata/contract/v.csv >/dev/full
? 74
! ^zscore: write error: No space left on device$
