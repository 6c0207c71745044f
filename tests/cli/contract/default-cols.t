# Without -c: every numeric column except the time column (timestamp) and the
# group column (id, numeric too); the text column is left alone
$ zscore -w 2 -g id
< timestamp,id,note,a,b
< 100,7,x,1,2
< 200,7,y,3,2
< 300,7,z,5,2
> timestamp,id,note,a,b,a_zscore,b_zscore
> 100,7,x,1,2,,
> 200,7,y,3,2,,
> 300,7,z,5,2,2.12132,0
