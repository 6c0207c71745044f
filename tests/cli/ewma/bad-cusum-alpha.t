# usage error: --cusum-alpha 0
$ ewma --cusum-alpha 0 testdata/basic.csv
? 64
! --cusum-alpha: must be above 0
