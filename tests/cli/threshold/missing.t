# A missing score (empty, NA) gets empty alert and severity and leaves the
# state alone: with --for 2 the run 5, (missing), 5 fires on its 2nd score.
$ threshold -c s --above 1 --for 2
< s
< 5
<
< NA
< 5
< 0
> s,alert,severity
> 5,0,
> ,,
> NA,,
> 5,1,
> 0,0,
