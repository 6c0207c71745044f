# -w 25, median and 1.4826 MAD, numpy per window (odd window)
$ zscore --precision 17 -w 25 -m median testdata/zscore/ref/walk.csv | numdiff -t 1e-9 - testdata/zscore/ref/walk-median-w25.csv
