# usage error: -a 1.5
$ ewma -a 1.5 testdata/basic.csv
? 64
! -a: 1.5 is out of range
