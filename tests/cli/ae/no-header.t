# --no-header: columns are named 1..N in the model and when scoring; the
# header line of a headerless input is not written
$ d=$(mktemp -d) && tail -n +2 testdata/ae/normal.csv | cut -d, -f3- >$d/n && ae-train -q --no-header -o $d/m $d/n && tail -n +2 testdata/ae/fault.csv | cut -d, -f3- | ae-score --no-header -m $d/m -k 1 | awk -F, 'NR == 8 { split($7, a, ":"); print NF, a[1] }'; rm -rf $d
> 7 3
