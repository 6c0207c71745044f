# --train-rows with a duration needs a time column
$ cut -d, -f2- testdata/iforest/planted.csv | iforest --train-rows 1h
? 64
! a duration needs a time column
