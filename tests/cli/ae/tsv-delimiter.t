# -d: a TSV file (tab forced) trains the same model as its CSV; ae-score keeps
# the input's delimiter
$ d=$(mktemp -d) && tr , '\t' <testdata/ae/normal.csv >$d/n.tsv && ae-train -q -d tab -o $d/a $d/n.tsv && ae-train -q -o $d/b testdata/ae/normal.csv && cmp $d/a $d/b && tr , '\t' <testdata/ae/fault.csv | ae-score -m $d/a --delimiter tab | head -1; rm -rf $d
> timestamp	host	cpu	mem	latency_ms	errors	ae_score	ae_pct
