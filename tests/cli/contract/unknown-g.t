# An unknown -g column is a usage error (64) naming it and listing the header
$ printf 'a,v\n1,1\n' | zscore -g host
? 64
! ^zscore: -g: no column 'host' in the header of stdin \(columns: a, v\)$
