# --model fixes the columns and the forest: -c (and --save, -n, ...) are refused
$ iforest --model /nonexistent/model -c cpu testdata/iforest/planted.csv
? 64
! --model: the model fixes
