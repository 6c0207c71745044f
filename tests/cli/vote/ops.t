# Each operator at its boundary: x=2 against level 2, and -2 for the absolute
# forms; <= and >= fire at equality, < > |>| do not.  --min 6 of 7.
$ vote --min 6 --rule 'x>2,x>=2,x<2,x<=2,|y|>2,|y|>=2,f'
< x,y,f
< 2,-2,0
< 2.5,-2.5,3
< 1,2,-1
> x,y,f,vote_count,vote_score,vote_flag,vote_why
> 2,-2,0,3,0.428571,0,x=2;y=-2
> 2.5,-2.5,3,5,0.714286,0,x=2.5;y=-2.5;f=3
> 1,2,-1,4,0.571429,0,x=1;y=2;f=-1
