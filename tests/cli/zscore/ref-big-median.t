# 1e9 + noise (multiples of 2^-10), median: order statistics need no cancellation
$ zscore --precision 17 -w 30 -m median testdata/zscore/ref/big.csv | numdiff -t 1e-9 - testdata/zscore/ref/big-median-w30.csv
