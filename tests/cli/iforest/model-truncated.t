# a truncated model is refused
$ d=$(mktemp -d); iforest --save $d/m testdata/iforest/planted.csv >/dev/null; head -c 100 $d/m >$d/t; iforest --model $d/t testdata/iforest/planted.csv; rc=$?; rm -rf $d; exit $rc
? 65
! ^iforest: model '.*/t': .*truncated
