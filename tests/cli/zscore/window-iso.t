# ISO 8601 times (T or space, Z, an offset, a fraction) with -w 2m: the row
# at 02:03+02:00 is 00:03Z, so its baseline (00:01, 00:03) is [3] and 4
# against it is 1 / (1e-12 * 3) (one point: the flat floor); 00:04:00.5 keeps
# only 00:03Z: 1 / 4e-12
$ zscore -w 2m --min-periods 1 -c v
< time,v
< 2024-01-01T00:00:00Z,1
< 2024-01-01T00:01:00Z,2
< 2024-01-01 00:02:00,3
< 2024-01-01T02:03:00+02:00,4
< 2024-01-01T00:04:00.5Z,5
> time,v,v_zscore
> 2024-01-01T00:00:00Z,1,
> 2024-01-01T00:01:00Z,2,1e+12
> 2024-01-01 00:02:00,3,5e+11
> 2024-01-01T02:03:00+02:00,4,3.33333e+11
> 2024-01-01T00:04:00.5Z,5,2.5e+11
