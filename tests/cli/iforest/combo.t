# a row off the mem ~ 0.8 cpu line (line 222), usual in each column alone,
# is among the three highest scores
$ iforest -c cpu,mem,latency_ms testdata/iforest/planted.csv | sort -t, -k6 -g | tail -3 | grep -c '^1700013200,'
> 1
