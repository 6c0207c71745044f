# --precision applies to peak and duration in --events.
$ threshold -c s --above 1 --events --precision 3
< ts,s
< 0.5,3.14159
< 10.25,1
> start,end,duration,rows,peak,severity,why,suppressed,reason
> 0.5,10.25,9.75,1,3.14,,,0,
