# --state (-w 5 -m iqr --min-periods 3, two groups, missing values): the input split after any
# row and fed in two runs gives the output of one run, byte for byte
$ split-runs testdata/zscore/state-series.csv zscore -g host --precision 17 -w 5 -m iqr --min-periods 3
> same output at 79 split points
