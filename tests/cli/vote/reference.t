# Against an independent implementation of vote(1)'s rules
# (scripts/gen-vote-ref): 500 random rows with empty and NA values and exact
# boundary values, every operator, majority and weighted votes.
$ R='a>1,b>=2,c<-1,c<=-3,|z|>3,|z|>=4,f'; vote -r "$R" testdata/vote/ref-input.csv | cut -d, -f6- | cmp - testdata/vote/ref-majority.csv && vote -r "$R" -w 1,2,0.5,0.5,1,3,2 --confidence 0.4 testdata/vote/ref-input.csv | cut -d, -f6- | cmp - testdata/vote/ref-weights.csv && echo same
> same
