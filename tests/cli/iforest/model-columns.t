# a model whose columns are not in the input is a data error naming the column
$ d=$(mktemp -d); iforest --save $d/m testdata/iforest/planted.csv >/dev/null; cut -d, -f1,2,3,5 testdata/iforest/planted.csv | iforest --model $d/m; rc=$?; rm -rf $d; exit $rc
? 65
! ^iforest: stdin: 1 of the model's 3 columns not in the input: 'mem' \(input columns: timestamp, host, cpu, latency_ms\)$
