# a model of another format version is refused, naming both versions (the
# header is rewritten with version 2 and its CRC-32, taken from gzip's trailer)
$ d=$(mktemp -d); iforest --save $d/m testdata/iforest/planted.csv >/dev/null; { head -c 16 $d/m; printf '\002\000\000\000'; tail -c +21 $d/m | head -c 20; } >$d/h; { cat $d/h; gzip -c <$d/h | tail -c 8 | head -c 4; tail -c +45 $d/m; } >$d/v2; iforest --model $d/v2 testdata/iforest/planted.csv; rc=$?; rm -rf $d; exit $rc
? 65
! ^iforest: model '.*/v2': format version 2, this iforest reads version 1
