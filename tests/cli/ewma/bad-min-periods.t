# usage error: --min-periods 0
$ ewma --min-periods 0 testdata/basic.csv
? 64
! --min-periods: 0 is out of range
