# usage error: --gamma -1
$ ewma --gamma -1 testdata/basic.csv
? 64
! --gamma: -1 is out of range
