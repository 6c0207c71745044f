# Overlapping windows [00:03, 00:05) deploy and [00:04, 00:06) backup are one
# window [00:03, 00:06): the incident is cut once on each side, and the
# suppressed piece carries both reasons (as suppress-cut.t, one window).
$ threshold -c s --above 1 --suppress testdata/threshold/overlap.csv --events testdata/threshold/cut.csv
> start,end,duration,rows,peak,severity,why,suppressed,reason
> 0,180,180,3,5,,,0,
> 180,360,180,3,5,,,1,deploy; backup
> 360,480,120,2,5,,,0,
