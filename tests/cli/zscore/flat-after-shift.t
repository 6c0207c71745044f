# a metric that drops from ~1e6 to a flat 0: once the window holds only 0s,
# every 0 scores exactly 0 (the running sums are re-centred after the shift)
$ awk 'BEGIN { print "v"; for (i = 0; i < 100; i++) printf "%.3f\n", 1e6 + (i * 37 % 101) * 9.871; for (i = 0; i < 100; i++) print 0 }' | zscore -w 20 | awk -F, 'NR > 121 { n[$2]++ } END { for (k in n) print k, n[k] }'
> 0 80
