# A time that does not parse: the row is kept with empty scores and not
# added; one warning naming file:line, column and value
$ printf 'time,v\n0,1\n60,3\nsoon,100\n120,5\n' | zscore -w 5m --min-periods 2
> time,v,v_zscore
> 0,1,
> 60,3,
> soon,100,
> 120,5,2.12132
! ^zscore: stdin:4: column 'time': not a time: 'soon'
