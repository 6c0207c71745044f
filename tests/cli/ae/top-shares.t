# ae_top shares are each feature's part of the squared error: the K shares
# are in decreasing order, and with K = all features they sum to 1
$ d=$(mktemp -d) && ae-train -q -o $d/m testdata/ae/normal.csv && ae-score -m $d/m --explain 9 testdata/ae/fault.csv | awk -F, 'NR > 1 { n = split($9, a, ";"); s = 0; p = 2; for (i = 1; i <= n; i++) { split(a[i], b, ":"); s += b[2]; if (b[2] > p) bad++; p = b[2] } if (n != 4 || s < 0.97 || s > 1.03) bad++ } END { print NR - 1, bad + 0 }'; rm -rf $d
> 20 0
