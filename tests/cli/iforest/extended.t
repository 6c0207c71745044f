# --extended: hyperplane splits; the latency spike still scores highest, and
# the scores differ from the standard forest's
$ iforest --extended testdata/iforest/planted.csv | sort -t, -k6 -g | tail -1 | cut -d, -f1; cmp -s <(iforest --extended testdata/iforest/planted.csv) <(iforest testdata/iforest/planted.csv) || echo differ
> 1700009000
> differ
