# Four signals: the default -k is a majority, 3 of 4.  Boundaries: 3>3 and
# 0.7>0.7 do not fire, |4|>=4 and |-4|>=4 do.  An empty or NA value does not
# fire.  vote_why lists the firing signals with their values as read.
$ vote -r 'cpu_zscore>3,|lat_zscore|>=4' -r 'iforest_score>0.7,spike' testdata/vote/signals.csv
> ts,cpu_zscore,lat_zscore,iforest_score,spike,vote_count,vote_score,vote_flag,vote_why
> 1,4.2,-0.5,0.71,0,2,0.5,0,cpu_zscore=4.2;iforest_score=0.71
> 2,1.0,-4.5,0.20,1,2,0.5,0,lat_zscore=-4.5;spike=1
> 3,,5,0.9,0,2,0.5,0,lat_zscore=5;iforest_score=0.9
> 4,3,-3,0.7,0,0,0,0,
> 5,NA,0,0.1,0,0,0,0,
> 6,5,4,0.8,1,4,1,1,cpu_zscore=5;lat_zscore=4;iforest_score=0.8;spike=1
> 7,3.5,,0.75,0,2,0.5,0,cpu_zscore=3.5;iforest_score=0.75
> 8,3.01,-4,0.5,1,3,0.75,1,cpu_zscore=3.01;lat_zscore=-4;spike=1
