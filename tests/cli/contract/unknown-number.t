# A column number past the end of the header is unknown too
$ printf 'a,v\n1,1\n' | zscore -c 3
? 64
! ^zscore: -c: no column '3' in the header of stdin \(columns: a, v\)$
