# Quoted fields with an embedded delimiter, doubled quotes and a newline pass
# through byte for byte; the line number of a later message counts the quoted
# newline (the bad value is on line 6 of the input)
$ zscore -w 2 -c v
< name,v
< "a,b",1
< "say ""hi""",3
< "two
< lines",5
< x,oops
< y,4
> name,v,v_zscore
> "a,b",1,
> "say ""hi""",3,
> "two
> lines",5,2.12132
> x,oops,
> y,4,0
! ^zscore: stdin:6: column 'v': not a number: 'oops'
