# --below with tiers: lower is more severe; 8 is below the level but no
# tier, so the row alerts with an empty severity.
$ threshold -c s --below 10 --tiers low=5,crit=1 --events && printf 's\n12\n8\n4\n0.5\n11\n' | threshold -c s --below 10 --tiers crit=1,low=5
< s
< 12
< 8
< 4
< 0.5
< 11
> start,end,duration,rows,peak,severity,why,suppressed,reason
> 3,6,,3,0.5,crit,,0,
> s,alert,severity
> 12,0,
> 8,1,
> 4,1,low
> 0.5,1,crit
> 11,0,
