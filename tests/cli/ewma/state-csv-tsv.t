# a state saved from CSV input is continued on the same data as TSV: the
# group keys (two -g columns) do not depend on the delimiter, so the scores
# are those of one run over the whole input (the fields of TSV output
# compared as CSV): 0 lines differ, and 32 rows (8 in each of 4 groups,
# --min-periods 2) have a z to compare
$ d=$(mktemp -d); f=testdata/ewma/csv-tsv.csv; o="-g host,dc --min-periods 2 --cusum"; ewma $o $f | cut -d, -f5- >$d/full; head -n 21 $f | ewma $o --state $d/st | cut -d, -f5- >$d/split; { head -n 1 $f; tail -n +22 $f; } | tr , '\t' | ewma $o --state $d/st | tail -n +2 | cut -f5- | tr '\t' , >>$d/split; diff $d/full $d/split | grep -c '^[<>]'; tail -n +2 $d/full | awk -F, '$2 != ""' | wc -l; rm -r $d
> 0
> 32
