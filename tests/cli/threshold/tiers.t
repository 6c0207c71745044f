# --tiers alone: the level is the least severe tier (3); severity is the
# most severe tier the score is above (5 is not above page=5); the incident
# takes its peak's tier.
$ threshold -c s --tiers page=5,notify=3 testdata/threshold/tiers.csv && threshold -c s --tiers notify=3,page=5 --events testdata/threshold/tiers.csv
> s,alert,severity
> 1,0,
> 4,1,notify
> 6,1,page
> 5,1,notify
> 2,0,
> start,end,duration,rows,peak,severity,why,suppressed,reason
> 3,6,,3,6,page,,0,
