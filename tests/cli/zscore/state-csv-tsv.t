# a state saved from CSV input is continued on the same data as TSV: the
# group keys (two -g columns) do not depend on the delimiter, so the scores
# are those of one run over the whole input (TSV output compared as CSV):
# 0 lines differ, and 32 rows (10 in each of 4 groups, less the 2 before
# --min-periods 2) have a z to compare
$ d=$(mktemp -d); f=testdata/ewma/csv-tsv.csv; o="-g host,dc -w 4 --min-periods 2"; zscore $o $f | cut -d, -f5- >$d/full; head -n 21 $f | zscore $o --state $d/st | cut -d, -f5- >$d/split; { head -n 1 $f; tail -n +22 $f; } | tr , '\t' | zscore $o --state $d/st | tail -n +2 | cut -f5- | tr '\t' , >>$d/split; diff $d/full $d/split | grep -c '^[<>]'; tail -n +2 $d/full | awk -F, '$1 != ""' | wc -l; rm -r $d
> 0
> 32
