# A window naming a group while the run has no -g applies to no row: warned.
$ threshold -c s --above 1 --suppress testdata/threshold/maint-b.csv testdata/threshold/hosts.csv | head -2
> ts,host,s,alert,severity
> 1,a,5,1,
! maint-b.csv:1: a window for group 'b', but no -g: it applies to no row
