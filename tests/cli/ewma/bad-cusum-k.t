# usage error: --cusum-k -1
$ ewma --cusum-k -1 testdata/basic.csv
? 64
! --cusum-k: -1 is out of range
