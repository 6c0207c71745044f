# the header gains iforest_score, iforest_flag and iforest_top, in that order
$ iforest --explain --contamination 0.1 testdata/iforest/planted.csv | head -1
> timestamp,host,cpu,mem,latency_ms,iforest_score,iforest_flag,iforest_top
