# small integers: medians and MADs on ties, even window
$ zscore --precision 17 -w 8 -m median testdata/zscore/ref/ties.csv | numdiff -t 1e-9 - testdata/zscore/ref/ties-median-w8.csv
