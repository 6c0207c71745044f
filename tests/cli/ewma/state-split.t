# --state: the series split after every row (0..60; every 3rd row for the
# other option sets) and fed in two runs gives
# byte for byte the output of one run, with groups, holes, a time gap, for
# plain, seasonal (rows and time), halflife and CUSUM options; 0 differ
$ d=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d); f=testdata/ewma/split.csv; n=$(($(wc -l <$f) - 1)); for o in "" "--span 4 --cusum --season 4 --min-periods 2" "--halflife 1m --cusum --min-periods 1" "--season 2m --step 15s --cusum --beta 0.3"; do ewma -c a,b -g host $o $f >$d/full; bad=0; s=3; [ -z "$o" ] && s=1; for k in $(seq 0 $s $n); do rm -f $d/st; head -n $((k + 1)) $f | ewma -c a,b -g host $o --state $d/st >$d/o; { head -n 1 $f; tail -n +$((k + 2)) $f; } | ewma -c a,b -g host $o --state $d/st | tail -n +2 >>$d/o; cmp -s $d/o $d/full || bad=$((bad + 1)); done; echo "$bad differ"; done; rm -r $d
> 0 differ
> 0 differ
> 0 differ
> 0 differ
