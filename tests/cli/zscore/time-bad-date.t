# 2023-02-29 is not a date: warned about, not scored
$ printf 'time,v\n2023-02-27,1\n2023-02-28,3\n2023-02-29,100\n2023-03-01,5\n' | zscore -w 1w --min-periods 2
> time,v,v_zscore
> 2023-02-27,1,
> 2023-02-28,3,
> 2023-02-29,100,
> 2023-03-01,5,2.12132
! ^zscore: stdin:4: column 'time': not a time: '2023-02-29'
