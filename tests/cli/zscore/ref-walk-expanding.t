# -w 0, mean: all history, min 10 points (exact Decimal reference)
$ zscore --precision 17 -w 0 testdata/zscore/ref/walk.csv | numdiff -t 1e-9 - testdata/zscore/ref/walk-mean-w0.csv
