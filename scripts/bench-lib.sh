# bench-lib.sh - sourced by scripts/bench-*: timing and memory helpers.
#
#   have CMD                 true if CMD is on PATH
#   pyhave MODULE            true if Debian's python3 imports MODULE
#   measure NAME RUNS CMD    run the shell command CMD (output to /dev/null)
#                            RUNS times; record the median wall time (s) and
#                            the largest peak RSS (KiB) under NAME
#   skip NAME WHY            record that a peer was skipped
#   table BASELINE           print the recorded rows: time, ratio to
#                            BASELINE's time, peak RSS; then the skips
# Results go to $BENCH_DIR (default bench/) as well, one TSV per script.
BENCH_DIR=${BENCH_DIR:-bench}
mkdir -p "$BENCH_DIR"
PY=/usr/bin/python3
_rows=()
_skips=()

have() { command -v "$1" >/dev/null 2>&1; }
pyhave() { [ -x "$PY" ] && "$PY" -c "import $1" >/dev/null 2>&1; }

measure() {
	local name=$1 runs=$2 cmd=$3 i t rss best_rss=0 times=()
	for ((i = 0; i < runs; i++)); do
		/usr/bin/time -f '%e %M' -o "$BENCH_DIR/.time" bash -c "$cmd" >/dev/null ||
			{ echo "bench: '$name' failed: $cmd" >&2; return 1; }
		read -r t rss <"$BENCH_DIR/.time"
		times+=("$t")
		[ "$rss" -gt "$best_rss" ] && best_rss=$rss
	done
	t=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
	_rows+=("$name	$t	$best_rss")
}

skip() { _skips+=("$1: $2"); }

table() {
	local base=$1 bt r name t rss
	bt=$(printf '%s\n' "${_rows[@]}" | awk -F'\t' -v b="$base" '$1 == b { print $2 }')
	printf '%-28s %10s %10s %12s\n' "command" "median s" "vs $base" "peak RSS MiB"
	for r in "${_rows[@]}"; do
		IFS=$'\t' read -r name t rss <<<"$r"
		awk -v n="$name" -v t="$t" -v b="$bt" -v m="$rss" 'BEGIN {
			printf "%-28s %10.2f %10s %12.1f\n", n, t,
				(b > 0 ? sprintf("%.2fx", t / b) : "-"), m / 1024 }'
	done
	for r in "${_skips[@]}"; do echo "skipped: $r"; done
	_rows=()
	_skips=()
}
