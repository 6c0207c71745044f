# --train-rows 1h: the rows of the first hour (timestamps one minute apart:
# 60 rows), as --train-rows 60
$ cmp <(iforest -t timestamp --train-rows 1h testdata/iforest/planted.csv) <(iforest --train-rows 60 testdata/iforest/planted.csv) && echo same
> same
