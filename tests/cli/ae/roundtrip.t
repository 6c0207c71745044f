# scoring is a function of the model file: two runs give the same output, and
# every input row comes out with its fields unchanged
$ d=$(mktemp -d) && ae-train -q -o $d/m testdata/ae/normal.csv && ae-score -m $d/m -k 2 testdata/ae/fault.csv >$d/1 && ae-score -m $d/m -k 2 <testdata/ae/fault.csv >$d/2 && cmp $d/1 $d/2 && cut -d, -f1-6 $d/1 | cmp - testdata/ae/fault.csv && echo ok; rm -rf $d
> ok
