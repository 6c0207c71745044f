# An unknown -c column is a usage error (64) naming it and listing the header
$ printf 'a,v\n1,1\n' | zscore -c cpu
? 64
! ^zscore: -c: no column 'cpu' in the header of stdin \(columns: a, v\)$
