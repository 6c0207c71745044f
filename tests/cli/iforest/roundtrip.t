# a model saved while fitting scores the input exactly as the fit run did
$ d=$(mktemp -d); iforest --seed 3 --extended --explain --save $d/m testdata/iforest/planted.csv >$d/a && iforest --explain --model $d/m testdata/iforest/planted.csv >$d/b && cmp $d/a $d/b && echo same; rm -rf $d
> same
