# an argument without < or > is an input file, read after the rules apply
$ printf 'a,b\n3,0\n0,0\n' >/tmp/adk-vote-pos.csv; vote 'a>2' /tmp/adk-vote-pos.csv 'b<-1' -k 1; rm -f /tmp/adk-vote-pos.csv
> a,b,vote_count,vote_score,vote_flag,vote_why
> 3,0,1,0.5,1,a=3
> 0,0,0,0,0,
