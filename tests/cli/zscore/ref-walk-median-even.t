# -w 24, median and 1.4826 MAD, numpy per window (even window)
$ zscore --precision 17 -w 24 -m median testdata/zscore/ref/walk.csv | numdiff -t 1e-9 - testdata/zscore/ref/walk-median-w24.csv
