# -w 10 with missing values spelled '', NaN, NA, null: missing rows score
# empty and stay out of the 10-point baseline.  (Scores compared with numdiff,
# the passed-through columns exactly: numdiff reads NaN as a number.)
$ f=testdata/zscore/ref/holes-mean-w10.csv; zscore --precision 17 -w 10 testdata/zscore/ref/holes.csv >/tmp/adk-holes.$$ && cut -d, -f3 /tmp/adk-holes.$$ | numdiff -t 1e-9 - <(cut -d, -f3 $f) && cut -d, -f1,2 /tmp/adk-holes.$$ | cmp - <(cut -d, -f1,2 $f); s=$?; rm -f /tmp/adk-holes.$$; exit $s
