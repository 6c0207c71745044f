# usage error: --season often
$ ewma --season often testdata/basic.csv
? 64
! --season: not a count or a duration
