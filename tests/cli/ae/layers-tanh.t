# --layers and --activation tanh: a deeper tanh network still puts the
# planted faults first
$ d=$(mktemp -d) && ae-train -q --layers 16,8,2 --activation tanh -e 80 -o $d/m testdata/ae/normal.csv && ae-score -m $d/m -k 1 testdata/ae/fault.csv | awk -F, '$1 == 1007 || $1 == 1015 { split($9, a, ":"); print $1, a[1] }'; rm -rf $d
> 1007 latency_ms
> 1015 cpu
