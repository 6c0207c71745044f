# --lr: a step size of 1e-12 leaves the random network untrained, whose
# errors are far larger than a trained one's
$ d=$(mktemp -d) && ae-train -q --lr 1e-12 -e 50 -o $d/a testdata/ae/normal.csv && ae-train -q -e 50 -o $d/b testdata/ae/normal.csv && for m in a b; do ae-score -m $d/$m testdata/ae/normal.csv | awk -F, 'NR > 1 { s += $7 } END { print s / (NR - 1) }'; done | awk 'NR == 1 { a = $1 } NR == 2 { print (a > 5 * $1) ? "untrained worse" : "no" }'; rm -rf $d
> untrained worse
