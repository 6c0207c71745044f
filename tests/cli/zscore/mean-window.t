# -w 3 -m mean: each point against the mean and sample sd of the 3 before it;
# an empty value keeps an empty score and does not enter the window
$ zscore -w 3 testdata/basic.csv
> timestamp,value,value_zscore
> 1,1,
> 2,2,
> 3,3,
> 4,10,8
> 5,,
> 6,4,-0.229416
