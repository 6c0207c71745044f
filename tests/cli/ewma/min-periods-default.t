# without --min-periods z waits for 10 points in the baseline: the 11th row
$ seq 1 12 | sed 1iv | ewma | awk -F, 'NR > 1 && $3 != "" { print NR - 1; exit }'
> 11
