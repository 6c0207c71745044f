# --suffix clashing with another column is caught too
$ printf 'v,vz\n1,0\n3,0\n' | zscore -c v --suffix z
? 64
! ^zscore: output column 'vz' is already in the input
