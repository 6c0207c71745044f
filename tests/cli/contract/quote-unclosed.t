# A quote left open at the end of input is a data error naming the line the
# record starts on; the rows before it are written
$ printf 'name,v\na,1\nb,3\n"c,5\nd,4\n' | zscore -w 2 -c v
? 65
> name,v,v_zscore
> a,1,
> b,3,
! ^zscore: stdin:4: quoted field is not closed
