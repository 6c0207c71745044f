# --no-header: columns are numbers; the scores are those of the named columns
$ diff <(tail -n +2 testdata/iforest/planted.csv | iforest --no-header -c 3-5) <(iforest testdata/iforest/planted.csv | tail -n +2) && echo same
> same
