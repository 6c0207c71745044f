# usage error: --cusum-h 0
$ ewma --cusum-h 0 testdata/basic.csv
? 64
! --cusum-h: must be above 0
