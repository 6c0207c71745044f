# a truncated model is refused (exit 65)
$ d=$(mktemp -d) && ae-train -q -o $d/m testdata/ae/normal.csv && head -c 100 $d/m >$d/t && ae-score -m $d/t testdata/ae/fault.csv; rc=$?; rm -rf $d; exit $rc
? 65
! ^ae-score: model '.*': truncated$
