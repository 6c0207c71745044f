# | head -1 on an output far larger than a pipe buffer: zscore ends quietly
# (killed by SIGPIPE, 141, or exit 0), nothing on stderr, head prints the
# header only
$ awk 'BEGIN { print "v"; for (i = 0; i < 300000; i++) print i % 7 }' | zscore -w 3 | head -1; s=${PIPESTATUS[1]}; case $s in 0|141) echo quiet ;; *) echo "zscore exit $s" ;; esac
> v,v_zscore
> quiet
