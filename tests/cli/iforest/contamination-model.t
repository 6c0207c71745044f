# the threshold is kept in the model: --model writes the same flags
$ d=$(mktemp -d); iforest --contamination 0.05 --save $d/m testdata/iforest/planted.csv >$d/a && iforest --model $d/m testdata/iforest/planted.csv >$d/b && cmp $d/a $d/b && head -1 $d/b; rm -rf $d
> timestamp,host,cpu,mem,latency_ms,iforest_score,iforest_flag
