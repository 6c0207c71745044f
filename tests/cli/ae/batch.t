# --batch: one batch per epoch (batch >= rows) is one Adam step per epoch:
# with lr 1e-3 no weight moves more than 1e-3 a step, so 3 epochs barely
# change the loss while batches of 8 (38 steps an epoch) lower it
$ d=$(mktemp -d) && ae-train -e 3 -b 1000 -o $d/a testdata/ae/normal.csv 2>&1 | awk '/epoch/ { l[++n] = $5 } END { print (l[3] > 0.9 * l[1]) ? "barely" : "moved" }' && ae-train -e 3 --batch 8 -o $d/b testdata/ae/normal.csv 2>&1 | awk '/epoch/ { l[++n] = $5 } END { print (l[3] < 0.5 * l[1]) ? "lower" : "not" }'; rm -rf $d
> barely
> lower
