# usage error: --halflife 0
$ ewma --halflife 0 testdata/basic.csv
? 64
! --halflife: must be at least 1 row
