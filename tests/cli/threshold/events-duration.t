# --events with a time column: start and end as read, duration in seconds;
# an incident still open at the end of the input has an empty end.
$ threshold -c s --above 1 --for 2m --clear 2m --events testdata/threshold/minutes.csv
> start,end,duration,rows,peak,severity,why,suppressed,reason
> 2024-03-01T00:04:00Z,2024-03-01T00:09:00Z,300,5,5,,,0,
