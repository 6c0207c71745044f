# a model whose columns are not in the input is refused, naming the column
$ d=$(mktemp -d); iforest --save $d/m testdata/iforest/planted.csv >/dev/null; cut -d, -f1,2,3,5 testdata/iforest/planted.csv | iforest --model $d/m; rc=$?; rm -rf $d; exit $rc
? 64
! no column 'mem' in the header of stdin \(columns: timestamp, host, cpu, latency_ms\)
