# 1e9 + noise, all history: Welford's update runs on x minus the first point
$ zscore --precision 17 -w 0 testdata/zscore/ref/big.csv | numdiff -t 1e-9 - testdata/zscore/ref/big-mean-w0.csv
