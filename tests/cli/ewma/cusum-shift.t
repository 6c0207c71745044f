# with the defaults (CUSUM baseline weight 0.01, k 0.25, h 10) a sustained
# shift of half a standard deviation from row 2500 raises the CUSUM past +10
# within 100 rows, while 2500 rows in control raise at most 3 alarms (the
# in-control run length is about 1600 rows).  Noise: sums of 4 Park-Miller
# uniforms (sd 0.577); the shift is 0.29.
$ for s in 42 7 99; do awk -v s=$s 'BEGIN { print "x"; for (i = 0; i < 3000; i++) { u = 0; for (j = 0; j < 4; j++) { s = (s * 16807) % 2147483647; u += s / 2147483647 } print u - 2 + (i >= 2500 ? 0.29 : 0) } }' | ewma --cusum | awk -F, 'NR > 1 && $4 != "" && ($4 > 10 || $4 < -10) { r = NR - 2; if (r < 2500) pre++; else if (!a) a = r } END { print (pre <= 3 && a >= 2500 && a < 2600) ? "ok" : "in control " pre ", first after the shift " a }'; done
> ok
> ok
> ok
