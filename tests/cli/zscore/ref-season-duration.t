# --season 1d on hourly rows is --season 24 (min-periods given: see the lead's note on its default)
$ zscore --precision 17 --season 1d -w 4 --min-periods 4 testdata/zscore/ref/season.csv | numdiff -t 1e-9 - testdata/zscore/ref/season-mean-p24-w4.csv
