# A file that cannot be opened is exit 66 before any output, even when it
# comes after good ones
$ zscore -w 2 testdata/contract/part1.csv testdata/contract/no-such-file.csv
? 66
! ^zscore: cannot open 'testdata/contract/no-such-file.csv': No such file or directory$
