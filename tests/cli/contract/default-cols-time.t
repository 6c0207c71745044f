# The default time column is one named time (also ts, date, timestamp): it is
# not scored even though it is numeric
$ printf 'time,v\n1,1\n2,3\n3,5\n' | zscore -w 2
> time,v,v_zscore
> 1,1,
> 2,3,
> 3,5,2.12132
