# -t names the time column (here not one of the names found by default);
# ISO 8601 times; the 2-hour gap is 2 steps of the 1-hour spacing: 1 - 0.5^2
$ ewma -t at -c v -a 0.5
< at,v
< 2024-03-01T00:00:00Z,0
< 2024-03-01T01:00:00Z,0
< 2024-03-01T03:00:00Z,8
> at,v,v_ewma,v_ewma_z
> 2024-03-01T00:00:00Z,0,0,
> 2024-03-01T01:00:00Z,0,0,
> 2024-03-01T03:00:00Z,8,6,
