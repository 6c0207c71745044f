# --train-rows 100 --contamination 0.1: the threshold comes from the 98
# complete training rows (lines 12 and 42 have no mem): position 0.9 x 97 =
# 87.3, so 10 of them are flagged
$ iforest --train-rows 100 --contamination 0.1 testdata/iforest/planted.csv | sed -n 2,101p | awk -F, '$7 == 1 { n++ } END { print n }'
> 10
