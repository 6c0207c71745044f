# --season 24 -w 4: same phase of the 4 previous periods, with holes
$ zscore --precision 17 --season 24 -w 4 testdata/zscore/ref/season.csv | numdiff -t 1e-9 - testdata/zscore/ref/season-mean-p24-w4.csv
