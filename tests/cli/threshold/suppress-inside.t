# An incident wholly inside a window: no alert row, reported as suppressed;
# --exit-status says no alert fired (1).
$ threshold -c s --above 1 --suppress testdata/threshold/deploy.csv --events --exit-status; echo "rc=$?"
< ts,s
< 120,0
< 200,5
< 300,5
< 330,0
< 400,0
> start,end,duration,rows,peak,severity,why,suppressed,reason
> 200,330,130,2,5,,,1,deploy
> rc=1
