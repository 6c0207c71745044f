# --l2: with very strong weight decay the network can only output the column
# means, so each row's error is its squared z-scores' mean: about 1 on average
# over the training rows (unit variance per standardised column)
$ d=$(mktemp -d) && ae-train -q --l2 50 -e 30 -o $d/m testdata/ae/normal.csv && ae-score -m $d/m testdata/ae/normal.csv | awk -F, 'NR > 1 { s += $7 } END { m = s / (NR - 1); print (m > 0.95 && m < 1.05) ? "about 1" : m }'; rm -rf $d
> about 1
