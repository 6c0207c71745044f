# -w 20, mean: pandas shift(1).rolling(20) on a random walk (scripts/gen-zscore-ref)
$ zscore --precision 17 -w 20 testdata/zscore/ref/walk.csv | numdiff -t 1e-9 - testdata/zscore/ref/walk-mean-w20.csv
