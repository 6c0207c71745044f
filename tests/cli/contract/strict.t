# --strict: a value that is not a number is a data error (65) naming
# file:line, column and value
$ zscore -w 2 -c v --strict testdata/contract/text.csv >/dev/null
? 65
! ^zscore: testdata/contract/text.csv:4: column 'v': not a number: 'high'$
