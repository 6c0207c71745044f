# --train-rows 3m: the rows of the first 3 minutes (00:00 to 00:02) learn
# the median 2 of 1, 3, 2; the row at 00:03 is the first one judged.
$ threshold -c s --quantile 0.5 --train-rows 3m
< time,s
< 2024-03-01T00:00:00Z,1
< 2024-03-01T00:01:00Z,3
< 2024-03-01T00:02:00Z,2
< 2024-03-01T00:03:00Z,2.5
< 2024-03-01T00:04:00Z,2
> time,s,alert,severity
> 2024-03-01T00:00:00Z,1,0,
> 2024-03-01T00:01:00Z,3,0,
> 2024-03-01T00:02:00Z,2,0,
> 2024-03-01T00:03:00Z,2.5,1,
> 2024-03-01T00:04:00Z,2,0,
