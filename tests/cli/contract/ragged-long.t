# Too many fields is the same error, counted after a quoted newline
$ printf 'a,v\n"x\ny",1\n2,3\n3,5,7\n' | zscore -w 2 -c v
? 65
> a,v,v_zscore
> "x
> y",1,
> 2,3,
! ^zscore: stdin:5: expected 2 fields \(as in the header\), found 3$
