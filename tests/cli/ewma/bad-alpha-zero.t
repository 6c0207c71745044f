# usage error: -a 0
$ ewma -a 0 testdata/basic.csv
? 64
! -a: alpha must be above 0
