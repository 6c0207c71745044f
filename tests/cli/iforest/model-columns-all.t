# every missing column of the model is named in one message, in the model's
# order, without a "-c:" prefix (the user gave no -c)
$ d=$(mktemp -d); iforest --save $d/m testdata/iforest/planted.csv >/dev/null; cut -d, -f1,2,4 testdata/iforest/planted.csv | iforest --model $d/m; rc=$?; rm -rf $d; exit $rc
? 65
! ^iforest: stdin: 2 of the model's 3 columns not in the input: 'cpu', 'latency_ms' \(input columns: timestamp, host, mem\)$
