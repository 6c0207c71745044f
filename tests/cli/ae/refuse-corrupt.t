# a model with a damaged byte is refused (exit 65), nothing written
$ d=$(mktemp -d) && ae-train -q -o $d/m testdata/ae/normal.csv && printf 'X' | dd of=$d/m bs=1 seek=60 conv=notrunc 2>/dev/null && ae-score -m $d/m testdata/ae/fault.csv; rc=$?; rm -rf $d; exit $rc
? 65
! ^ae-score: model '.*': corrupt
