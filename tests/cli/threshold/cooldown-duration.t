# --cooldown 90s with epoch seconds: resolved at t=120, so nothing fires
# before t=210; the run from t=180 fires at t=240 (t=210 is not a row).
$ threshold -c s --above 1 --cooldown 90s
< ts,s
< 60,5
< 120,0
< 180,5
< 240,5
< 300,0
> ts,s,alert,severity
> 60,5,1,
> 120,0,0,
> 180,5,0,
> 240,5,1,
> 300,0,0,
