# quoted fields (delimiter, quotes, newline) pass through the spool unchanged
$ awk 'BEGIN { print "name,x,y"; for (i = 0; i < 30; i++) print "\"h," i "\"\"q\"\"\"," i "," i % 5; print "\"two\nlines\",5,5" }' | iforest -n 5 | tail -3 | cut -c1-12
> "h,29""q""",
> "two
> lines",5,5,0
