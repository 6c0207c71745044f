# usage error: --season 1
$ ewma --season 1 testdata/basic.csv
? 64
! --season: the period must be at least 2 rows
