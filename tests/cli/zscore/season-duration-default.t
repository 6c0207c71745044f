# --season 1d with the default window of 7 periods scores from the 8th day
# on (the default --min-periods is the number of periods): hour 23 of day 8
# against the same hour of days 1-7, all 23
$ awk 'BEGIN { print "timestamp,v"; for (i = 0; i < 24 * 8; i++) print i * 3600 "," (i % 24) }' | zscore --season 1d | sed -n '168p;169p;193p'
> 597600,22,
> 601200,23,
> 687600,23,0
