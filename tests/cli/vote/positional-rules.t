# rules as arguments (as in the README's pipeline); -k after them; stdin
$ vote 'value_zscore>4' 'value_cusum>5' -k 1
< value_zscore,value_cusum
< 5,1
< 1,1
< 1,6
< ,
> value_zscore,value_cusum,vote_count,vote_score,vote_flag,vote_why
> 5,1,1,0.5,1,value_zscore=5
> 1,1,0,0,0,
> 1,6,1,0.5,1,value_cusum=6
> ,,0,0,0,
