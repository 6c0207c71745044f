# -q: nothing on stderr
$ d=$(mktemp -d) && ae-train -q -e 3 -o $d/m testdata/ae/normal.csv && ae-train --quiet -e 1 -o $d/m testdata/ae/normal.csv && test -s $d/m && echo ok; rm -rf $d
> ok
