# a halflife as a duration needs a time column
$ ewma --halflife 1h -c value
< n,value
< 1,2
? 64
! ewma: a duration needs a time column
