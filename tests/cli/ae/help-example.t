# the --help example, run as printed on the 6-column fault file, puts the two
# planted faults (1007, 1015; scripts/gen-ae-testdata) at the top: it finds
# ae_score from the end, whatever the number of input columns
$ d=$(mktemp -d) && ae-train -q -o $d/normal.ae testdata/ae/normal.csv && cp testdata/ae/fault.csv $d/today.csv && ae-score -h | sed -n '/^Example/,$p' | grep '^  ' >$d/ex && (cd $d && PATH="$PATH" sh ex) | head -2 | cut -d, -f1 | sort; rm -rf $d
> 1007
> 1015
