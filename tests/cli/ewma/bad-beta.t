# usage error: --beta 2
$ ewma --beta 2 testdata/basic.csv
? 64
! --beta: 2 is out of range
