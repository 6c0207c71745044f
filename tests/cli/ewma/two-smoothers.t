# usage error: -a 0.2 --span 3
$ ewma -a 0.2 --span 3 testdata/basic.csv
? 64
! give one of -a, --halflife and --span
