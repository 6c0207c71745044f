# -g host with interleaved rows and --for 2: each host counts its own rows.
# a fires on line 4 (its 2nd bad row) and resolves on line 6; b's first run
# breaks on line 5, its second fires on line 8 and is open at the end.
$ threshold -c s --above 1 --for 2 -g host testdata/threshold/hosts.csv && threshold -c s --above 1 --for 2 -g host --events testdata/threshold/hosts.csv
> ts,host,s,alert,severity
> 1,a,5,0,
> 2,b,5,0,
> 3,a,5,1,
> 4,b,0,0,
> 5,a,0,0,
> 6,b,5,0,
> 7,b,5,1,
> 8,a,5,0,
> host,start,end,duration,rows,peak,severity,why,suppressed,reason
> a,1,5,4,2,5,,,0,
> b,6,,,2,5,,,0,
