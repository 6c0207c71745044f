# --weights alone flags at a share of 0.5 (here 1 of 2, weights 1 and 1:
# exactly 0.5 reaches it); --precision 3 shortens the share.
$ vote -r 'a>0,b>0,c>0' --weights 1,1,0 --precision 3
< a,b,c
< 1,0,1
< 0,0,1
< 1,1,1
> a,b,c,vote_count,vote_score,vote_flag,vote_why
> 1,0,1,2,0.5,1,a=1;c=1
> 0,0,1,1,0,0,c=1
> 1,1,1,3,1,1,a=1;b=1;c=1
