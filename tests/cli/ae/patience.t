# --patience 2: training stops 2 epochs after the best validation loss, and
# the model keeps that best epoch (a step this large cannot improve for 500)
$ d=$(mktemp -d) && ae-train --lr 0.5 -e 500 --validation 0.3 --patience 2 -o $d/m testdata/ae/normal.csv 2>$d/err; awk '/epoch [0-9]+\/500/ { n++ } /kept epoch/ { sub(/.*kept epoch /, ""); k = $1 + 0 } /stopped early after epoch/ { s = 1 } END { print (s && n < 500 && n == k + 2) ? "stopped at best + 2" : "no" }' $d/err; rm -rf $d
> stopped at best + 2
