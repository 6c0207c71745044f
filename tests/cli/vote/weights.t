# --weights 3,1,1,1 --confidence 0.5: the share is the weight of the firing
# signals over 6; row 7 flags on cpu and iforest (4/6) although only 2 of 4
# fire, row 2 does not (2/6).
$ vote -r 'cpu_zscore>3,|lat_zscore|>=4,iforest_score>0.7,spike' -w 3,1,1,1 --confidence 0.5 testdata/vote/signals.csv
> ts,cpu_zscore,lat_zscore,iforest_score,spike,vote_count,vote_score,vote_flag,vote_why
> 1,4.2,-0.5,0.71,0,2,0.666667,1,cpu_zscore=4.2;iforest_score=0.71
> 2,1.0,-4.5,0.20,1,2,0.333333,0,lat_zscore=-4.5;spike=1
> 3,,5,0.9,0,2,0.333333,0,lat_zscore=5;iforest_score=0.9
> 4,3,-3,0.7,0,0,0,0,
> 5,NA,0,0.1,0,0,0,0,
> 6,5,4,0.8,1,4,1,1,cpu_zscore=5;lat_zscore=4;iforest_score=0.8;spike=1
> 7,3.5,,0.75,0,2,0.666667,1,cpu_zscore=3.5;iforest_score=0.75
> 8,3.01,-4,0.5,1,3,0.833333,1,cpu_zscore=3.01;lat_zscore=-4;spike=1
