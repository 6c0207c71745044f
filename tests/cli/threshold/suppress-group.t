# A window for group b only (a file without a header line): b's alert at
# t=7 is suppressed, a's at t=3 is not although inside the window's times.
$ threshold -c s --above 1 --for 2 -g host --suppress testdata/threshold/maint-b.csv testdata/threshold/hosts.csv && threshold -c s --above 1 --for 2 -g host --events --suppress testdata/threshold/maint-b.csv testdata/threshold/hosts.csv
> ts,host,s,alert,severity
> 1,a,5,0,
> 2,b,5,0,
> 3,a,5,1,
> 4,b,0,0,
> 5,a,0,0,
> 6,b,5,0,
> 7,b,5,0,
> 8,a,5,0,
> host,start,end,duration,rows,peak,severity,why,suppressed,reason
> a,1,5,4,2,5,,,0,
> b,6,,,2,5,,,1,maint
