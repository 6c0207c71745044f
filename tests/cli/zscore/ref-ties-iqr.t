# small integers: quartiles on ties, IQR often 0 (floor)
$ zscore --precision 17 -w 8 -m iqr testdata/zscore/ref/ties.csv | numdiff -t 1e-9 - testdata/zscore/ref/ties-iqr-w8.csv
