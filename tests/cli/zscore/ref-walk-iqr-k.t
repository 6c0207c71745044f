# -w 20, iqr, numpy percentile (linear), k 0.5
$ zscore --precision 17 -w 20 -m iqr -k 0.5 testdata/zscore/ref/walk.csv | numdiff -t 1e-9 - testdata/zscore/ref/walk-iqr-w20-k0.5.csv
