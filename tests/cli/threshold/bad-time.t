# A row whose time does not parse, when the time is in use: missing (empty
# alert), one warning.
$ threshold -c s --above 1 --for 60s
< ts,s
< 0,5
< soon,5
< 60,5
> ts,s,alert,severity
> 0,5,0,
> soon,5,,
> 60,5,1,
! stdin:3: column 'ts': not a time: 'soon'
