# a write error on stdout: exit 74
$ d=$(mktemp -d) && ae-train -q -e 1 -o $d/m testdata/ae/normal.csv && ae-score -m $d/m testdata/ae/normal.csv >/dev/full; echo $?; rm -rf $d
> 74
! ae-score: 
