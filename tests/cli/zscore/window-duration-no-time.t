# A duration needs a time column: usage error 64 when there is none
$ printf 'x,v\n1,1\n' | zscore -w 5m
? 64
! ^zscore: a duration needs a time column
