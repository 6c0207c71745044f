# --precision N: ae_score and ae_pct with N significant digits
$ d=$(mktemp -d) && ae-train -q -o $d/m testdata/ae/normal.csv && ae-score -m $d/m --precision 2 testdata/ae/fault.csv | awk -F, 'NR > 1 { a = $7; b = $8; sub(/e.*/, "", a); gsub(/[-.]/, "", a); sub(/^0+/, "", a); gsub(/[-.]/, "", b); sub(/^0+/, "", b); if (length(a) > 2 || length(b) > 2) bad++ } END { print bad + 0 }'; rm -rf $d
> 0
