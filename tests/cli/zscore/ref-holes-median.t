# -w 9 -m median with missing values ('', NaN, NA, null) between numbers
$ f=testdata/zscore/ref/holes-median-w9.csv; zscore --precision 17 -w 9 -m median testdata/zscore/ref/holes.csv >/tmp/adk-holes.$$ && cut -d, -f3 /tmp/adk-holes.$$ | numdiff -t 1e-9 - <(cut -d, -f3 $f) && cut -d, -f1,2 /tmp/adk-holes.$$ | cmp - <(cut -d, -f1,2 $f); s=$?; rm -f /tmp/adk-holes.$$; exit $s
