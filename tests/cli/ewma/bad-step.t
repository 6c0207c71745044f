# usage error: --step 10
$ ewma --step 10 testdata/basic.csv
? 64
! --step: give a duration
