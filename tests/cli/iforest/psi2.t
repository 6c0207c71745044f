# -s 2: each tree splits its two points into two leaves of one, so every path
# is 1 = c(2) long and every score is 2^-1 (rows with a missing value: empty)
$ iforest -n 7 -s 2 testdata/iforest/planted.csv | cut -d, -f6 | sort | uniq -c | awk '{ print $1, $2 }'
> 2 
> 298 0.5
> 1 iforest_score
