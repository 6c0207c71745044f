# usage error: -a x
$ ewma -a x testdata/basic.csv
? 64
! -a: not a number: 'x'
