# usage error: --frobnicate
$ ewma --frobnicate testdata/basic.csv
? 64
! unrecognized option
