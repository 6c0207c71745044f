# --json with a group column named like a label threshold sets: usage error.
$ threshold -c s --above 1 -g severity --json
< ts,severity,s
< 1,x,2
? 64
! -g: a group column named 'severity' would clash with the label of that name in --json
