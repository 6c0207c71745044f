# usage error: --span 0.5
$ ewma --span 0.5 testdata/basic.csv
? 64
! --span: 0.5 is out of range
