# --cooldown 2: after the alert resolves (row 2), the next 2 rows cannot
# fire although over the level; the run goes on counting and fires on the
# first row after the cooldown.  The second incident starts at its onset
# (line 4, the first bad row).
$ threshold -c s --above 1 --cooldown 2 testdata/threshold/cooldown.csv && threshold -c s --above 1 --cooldown 2 --events testdata/threshold/cooldown.csv
> s,alert,severity
> 5,1,
> 0,0,
> 5,0,
> 5,0,
> 5,1,
> 0,0,
> start,end,duration,rows,peak,severity,why,suppressed,reason
> 2,3,,1,5,,,0,
> 4,7,,3,5,,,0,
