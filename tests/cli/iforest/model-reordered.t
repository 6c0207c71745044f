# the model finds its columns by name: an input with the columns in another
# order scores every row as the input the model was fitted on
$ d=$(mktemp -d); iforest --save $d/m testdata/iforest/planted.csv | cut -d, -f6 >$d/a; awk -F, -v OFS=, '{print $5,$4,$3,$2,$1}' testdata/iforest/planted.csv | iforest --model $d/m | cut -d, -f6 >$d/b; cmp $d/a $d/b && wc -l <$d/a; rm -rf $d
> 301
