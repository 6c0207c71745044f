# An unknown -t column is a usage error (64) naming it and listing the header
$ printf 'a,v\n1,1\n' | zscore -t when
? 64
! ^zscore: -t: no column 'when' in the header of stdin \(columns: a, v\)$
