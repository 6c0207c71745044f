# rows all alike: each root is a leaf of psi points, h = c(psi), score 2^-1
$ awk 'BEGIN { print "a,b"; for (i = 0; i < 50; i++) print "3,4" }' | iforest | sort | uniq -c | awk '{ print $1, $2 }'
> 50 3,4,0.5
> 1 a,b,iforest_score
