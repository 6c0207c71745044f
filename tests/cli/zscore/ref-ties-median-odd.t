# small integers: medians, MADs and quartiles on ties, MAD often 0 (floor), odd window
$ zscore --precision 17 -w 7 -m median testdata/zscore/ref/ties.csv | numdiff -t 1e-9 - testdata/zscore/ref/ties-median-w7.csv
