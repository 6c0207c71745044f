# --denoise: noise on the inputs only makes the training loss (reported with
# the noise) higher than without, and the model differs
$ d=$(mktemp -d) && ae-train -e 20 -o $d/a testdata/ae/normal.csv 2>&1 | awk '/epoch 20/ { print $5 }' >$d/la && ae-train -e 20 --denoise 0.5 -o $d/b testdata/ae/normal.csv 2>&1 | awk '/epoch 20/ { print $5 }' >$d/lb && paste $d/la $d/lb | awk '{ print ($2 > $1) ? "higher" : "no" }' && { cmp -s $d/a $d/b || echo differs; }; rm -rf $d
> higher
> differs
