# ... and the exit status says so
$ zscore -w 3 --state /nonexistent/dir/state testdata/basic.csv >/dev/null
! ^zscore: cannot save state
? 74
