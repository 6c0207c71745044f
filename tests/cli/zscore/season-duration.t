# --season 2h on hourly rows is --season 2 (-w counts periods)
$ zscore --season 2h -w 2 --min-periods 2
< timestamp,v
< 0,10
< 3600,0
< 7200,12
< 10800,1
< 14400,14
< 18000,2
< 21600,13
> timestamp,v,v_zscore
> 0,10,
> 3600,0,
> 7200,12,
> 10800,1,
> 14400,14,2.12132
> 18000,2,2.12132
> 21600,13,0
