# a season given as a duration needs --step to count its phases
$ ewma --season 1d -c v
< timestamp,v
< 0,1
? 64
! --season: a duration needs --step
