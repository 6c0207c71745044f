# stderr not a terminal: one line per epoch, then a summary; stdout empty
$ d=$(mktemp -d) && ae-train -e 3 -o $d/m testdata/ae/normal.csv; rm -rf $d
! ^ae-train: epoch 1/3: train [0-9.e+-]+ \([0-9.]+s\)$
! ^ae-train: epoch 3/3: train [0-9.e+-]+ \([0-9.]+s\)$
! ^ae-train: 300 rows, 4 columns; final training loss [0-9.e+-]+; model written to /
