# --state over three runs split at rows i < j (every 6th), where a group can
# be absent from the middle run: its state is kept for the third; 0 differ
$ d=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d); f=testdata/ewma/split.csv; o="--cusum --season 3 --min-periods 2"; ewma -c a,b -g host $o $f >$d/full; bad=0; for i in $(seq 1 6 60); do for j in $(seq $i 6 60); do rm -f $d/st; head -n $((i + 1)) $f | ewma -c a,b -g host $o --state $d/st >$d/o; { head -n 1 $f; head -n $((j + 1)) $f | tail -n +$((i + 2)); } | ewma -c a,b -g host $o --state $d/st | tail -n +2 >>$d/o; { head -n 1 $f; tail -n +$((j + 2)) $f; } | ewma -c a,b -g host $o --state $d/st | tail -n +2 >>$d/o; cmp -s $d/o $d/full || bad=$((bad + 1)); done; done; echo "$bad differ"; rm -r $d
> 0 differ
