# --for 2m against the time column (ISO 8601, one row a minute): the run
# 00:01-00:02 lasts 1m and does not fire; the run from 00:04 fires at 00:06,
# 2m after its first row.  --clear 2m: normal from 00:07, resolved at 00:09.
$ threshold -c s --above 1 --for 2m --clear 2m testdata/threshold/minutes.csv
> time,s,alert,severity
> 2024-03-01T00:00:00Z,0,0,
> 2024-03-01T00:01:00Z,5,0,
> 2024-03-01T00:02:00Z,5,0,
> 2024-03-01T00:03:00Z,0,0,
> 2024-03-01T00:04:00Z,5,0,
> 2024-03-01T00:05:00Z,5,0,
> 2024-03-01T00:06:00Z,5,1,
> 2024-03-01T00:07:00Z,0,1,
> 2024-03-01T00:08:00Z,0,1,
> 2024-03-01T00:09:00Z,0,0,
> 2024-03-01T00:10:00Z,5,0,
