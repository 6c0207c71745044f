# a planted fault ranks its feature first in ae_top, and its row's error is
# beyond every training row's (ae_pct 1): latency_ms 400 above its load on
# 1007, cpu 45 below on 1015 (scripts/gen-ae-testdata)
$ d=$(mktemp -d) && ae-train -q -o $d/m testdata/ae/normal.csv && ae-score -m $d/m -k 1 testdata/ae/fault.csv | awk -F, '$8 == 1 { split($9, a, ":"); print $1, a[1] }'; rm -rf $d
> 1007 latency_ms
> 1015 cpu
