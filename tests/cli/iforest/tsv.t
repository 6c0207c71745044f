# TSV in, TSV out
$ awk 'BEGIN { print "x\ty"; for (i = 0; i < 30; i++) print i "\t" i % 5 }' | iforest -d tab -s 2 | sed -n '1p;2p'
> x	y	iforest_score
> 0	0	0.5
