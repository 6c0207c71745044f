# --validation: a held-out fraction whose loss is shown each epoch; the model
# keeps the best epoch's weights
$ d=$(mktemp -d) && ae-train -e 2 --validation 0.2 -o $d/m testdata/ae/normal.csv; rm -rf $d
! ^ae-train: epoch 2/2: train [0-9.e+-]+ val [0-9.e+-]+ \(
! ^ae-train: 300 rows \(60 held out\), 4 columns; kept epoch [12] \(validation loss [0-9.e+-]+\); model written to
