# vote_why, when the input has it, is the incident's why: the peak row's.
$ vote -r 'a>1,b>1' -k 1 | threshold -c vote_score --above 0.4 --events
< a,b
< 0,0
< 2,0
< 3,4
< 0,2
< 0,0
> start,end,duration,rows,peak,severity,why,suppressed,reason
> 3,6,,3,1,,a=3;b=4,0,
