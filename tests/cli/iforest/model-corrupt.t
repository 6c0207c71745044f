# a model with a damaged byte is refused
$ d=$(mktemp -d); iforest --save $d/m testdata/iforest/planted.csv >/dev/null; printf 'X' | dd of=$d/m bs=1 seek=60 conv=notrunc 2>/dev/null; iforest --model $d/m testdata/iforest/planted.csv; rc=$?; rm -rf $d; exit $rc
? 65
! ^iforest: model '.*/m': .*(checksum|corrupt|decompress)
