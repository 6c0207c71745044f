# --train-rows 100 scores every row with the forest fitted on the first 100:
# the same as fitting on those 100 rows (--save) and scoring the file (--model)
$ d=$(mktemp -d); head -101 testdata/iforest/planted.csv | iforest --save $d/m >/dev/null && diff <(iforest --train-rows 100 testdata/iforest/planted.csv) <(iforest --model $d/m testdata/iforest/planted.csv) && echo same; rm -rf $d
> same
