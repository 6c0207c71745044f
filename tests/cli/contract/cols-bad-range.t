# A reversed range is a usage error naming it
$ printf 'a,b,c\n1,1,1\n' | zscore -c 3-2
? 64
! ^zscore: -c: bad column range '3-2'$
