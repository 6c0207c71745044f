# input without some of the model's columns: exit 65, every missing one named
$ d=$(mktemp -d) && ae-train -q -o $d/m testdata/ae/normal.csv && cut -d, -f1-3,6 testdata/ae/fault.csv | ae-score -m $d/m; rc=$?; rm -rf $d; exit $rc
? 65
! ^ae-score: stdin: 2 of the model's 4 columns not in the input: 'mem', 'latency_ms' \(input columns: timestamp, host, cpu, errors\)$
