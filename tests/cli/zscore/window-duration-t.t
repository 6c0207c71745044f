# -t names the time column when its name is not one of the defaults
$ printf 'when,v\n0,1\n60,3\n120,5\n' | zscore -w 5m -t when --min-periods 2
> when,v,v_zscore
> 0,1,
> 60,3,
> 120,5,2.12132
