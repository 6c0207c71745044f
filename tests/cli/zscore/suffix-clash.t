# An appended name that is already a column is a usage error (64), before
# any output
$ printf 'v,v_zscore\n1,0\n3,0\n' | zscore -c v
? 64
! ^zscore: output column 'v_zscore' is already in the input
