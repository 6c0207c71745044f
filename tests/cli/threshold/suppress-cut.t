# A window [00:03, 00:06) cuts a running incident: no alert inside it; the
# incident is reported in three pieces, the middle one suppressed with the
# window's reason; after the window the alert is back without a new --for.
$ threshold -c s --above 1 --suppress testdata/threshold/deploy.csv testdata/threshold/cut.csv && threshold -c s --above 1 --suppress testdata/threshold/deploy.csv --events testdata/threshold/cut.csv
> ts,s,alert,severity
> 0,5,1,
> 60,5,1,
> 120,5,1,
> 180,5,0,
> 240,5,0,
> 300,5,0,
> 360,5,1,
> 420,5,1,
> 480,0,0,
> 540,0,0,
> 600,0,0,
> start,end,duration,rows,peak,severity,why,suppressed,reason
> 0,180,180,3,5,,,0,
> 180,360,180,3,5,,,1,deploy
> 360,480,120,2,5,,,0,
