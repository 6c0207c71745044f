# the shares of iforest_top add up to 1 (to the 2-decimal rounding) when all
# three columns are named, and are sorted from the largest
$ iforest --explain testdata/iforest/planted.csv | awk -F, 'NR > 1 && $7 != "" { n = split($7, p, ";"); s = 0; prev = 2; for (i = 1; i <= n; i++) { split(p[i], kv, ":"); s += kv[2]; if (kv[2] + 0 > prev) bad++; prev = kv[2] + 0 } if (n == 3 && (s < 0.985 || s > 1.015)) bad++; rows++ } END { print rows, bad + 0 }'
> 298 0
