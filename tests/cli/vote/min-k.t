# -k 1: any one signal flags the row (rows 1, 3 and 5 of 6 fire something).
$ vote -k 1 -r 'a>=2,b<0' -d tab
< t	a	b
< 1	2	1
< 2	1.9	0
< 3	0	-1
< 4	1	
< 5	5	-5
> t	a	b	vote_count	vote_score	vote_flag	vote_why
> 1	2	1	1	0.5	1	a=2
> 2	1.9	0	0	0	0	
> 3	0	-1	1	0.5	1	b=-1
> 4	1		0	0	0	
> 5	5	-5	2	1	1	a=5;b=-5
