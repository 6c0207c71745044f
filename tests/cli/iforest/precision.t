# --precision 3: scores with at most 3 significant digits
$ iforest --precision 3 testdata/iforest/planted.csv | awk -F, 'NR > 1 && $6 != "" && $6 !~ /^0\.[0-9]?[0-9]?[0-9]$/ { bad++ } END { print bad + 0 }'
> 0
