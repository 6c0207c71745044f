# CRLF line endings are read; the output ends lines with LF only.
# -w 2: 5 against [1,3] is (5-2)/sqrt(2) = 2.12132; 4 against [3,5] is 0
$ printf 'a,v\r\n1,1\r\n2,3\r\n3,5\r\n4,4\r\n' | zscore -w 2 -c v
> a,v,v_zscore
> 1,1,
> 2,3,
> 3,5,2.12132
> 4,4,0
