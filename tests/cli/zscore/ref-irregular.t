# -w 300s on irregular times: the points in (t - 300, t), exact Decimal reference
$ zscore --precision 17 -w 300s --min-periods 3 testdata/zscore/ref/irregular.csv | numdiff -t 1e-9 - testdata/zscore/ref/irregular-mean-300s.csv
