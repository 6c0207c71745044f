# 1e9 + noise (multiples of 2^-10), mean over 30: the deviation comes from the
# shifted sums, not from a mean rounded near 1e9 (ulp 1.2e-7)
$ zscore --precision 17 -w 30 testdata/zscore/ref/big.csv | numdiff -t 1e-9 - testdata/zscore/ref/big-mean-w30.csv
