# the same seed, input and build give the same model, byte for byte; another
# seed gives another model
$ d=$(mktemp -d) && ae-train -q -s 7 -o $d/a testdata/ae/normal.csv && ae-train -q --seed 7 -o $d/b testdata/ae/normal.csv && cmp $d/a $d/b && echo same && ae-train -q -s 8 -o $d/c testdata/ae/normal.csv && { cmp -s $d/a $d/c || echo differs; }; rm -rf $d
> same
> differs
