# a missing value in a model column: the row comes out with empty scores; a
# missing value elsewhere (host) does not matter
$ d=$(mktemp -d) && ae-train -q -o $d/m testdata/ae/normal.csv && printf 'timestamp,host,cpu,mem,latency_ms,errors\n1,,50,50,80,4.5\n2,a,50,,80,4.5\n3,b,NA,50,80,4.5\n' | ae-score -m $d/m -k 1 | awk -F, 'NR == 1 { print; next } { print $1, NF, ($7 $8 $9 == "" ? "empty" : "scored") }'; rm -rf $d
> timestamp,host,cpu,mem,latency_ms,errors,ae_score,ae_pct,ae_top
> 1 9 scored
> 2 9 empty
> 3 9 empty
