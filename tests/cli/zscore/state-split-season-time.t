# --state (--season 2m -w 2 --min-periods 1, two groups, missing values): the input split after any
# row and fed in two runs gives the output of one run, byte for byte
$ split-runs testdata/zscore/state-series.csv zscore -g host --precision 17 --season 2m -w 2 --min-periods 1
> same output at 79 split points
