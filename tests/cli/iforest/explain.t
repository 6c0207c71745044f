# --explain names latency_ms first for the latency spike, cpu and mem first
# for the row that breaks their correlation
$ iforest --explain testdata/iforest/planted.csv | awk -F, '$1 == 1700009000 { split($7, a, ":"); print a[1] } $1 == 1700013200 { print ($7 ~ /^(cpu|mem):[0-9.]+;(cpu|mem):/) }'
> latency_ms
> 1
