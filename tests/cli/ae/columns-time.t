# -c picks the columns; -t names the time column, which stays out of the
# default selection (here 'when', not a default time name)
$ d=$(mktemp -d) && ae-train -q -c cpu,latency_ms -o $d/a testdata/ae/normal.csv && sed 1s/timestamp/when/ testdata/ae/normal.csv >$d/in && ae-train -q -t when -o $d/b $d/in && ae-score -m $d/a -k 9 testdata/ae/fault.csv | awk -F, 'NR == 2 { gsub(/:[0-9.]+/, "", $9); print $9 }' | tr ';' '\n' | sort && cut -d, -f2- testdata/ae/fault.csv | ae-score -m $d/b -k 9 | awk -F, 'NR == 2 { print split($8, a, ";") }'; rm -rf $d
> cpu
> latency_ms
> 4
