# Empty input: empty output, exit 0
$ zscore -w 2 </dev/null
