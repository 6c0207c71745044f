# --clear 2: one normal row keeps the alert on, a bad row restarts the count,
# the 2nd normal row in a row resolves it.  The incident runs from its first
# row to the resolving row (line 7), 4 rows, the resolving row excluded.
$ threshold -c s --above 1 --clear 2 && threshold -c s --above 1 --clear 2 --events < testdata/threshold/clear.csv
< s
< 5
< 0
< 5
< 0
< 0
< 0
> s,alert,severity
> 5,1,
> 0,1,
> 5,1,
> 0,1,
> 0,0,
> 0,0,
> start,end,duration,rows,peak,severity,why,suppressed,reason
> 2,6,,4,5,,,0,
