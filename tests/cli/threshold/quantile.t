# --quantile 0.9 --train-rows 5, per group: a learns from 1..5 the type-7
# 0.9-quantile 4 + 0.6 (5 - 4) = 4.6, b from 10..50 46 (exact below 6 points).
# Training rows alert 0; then 4.5 and 45 are normal, 4.7 and 47 alert.
$ threshold -c s -g g --quantile 0.9 --train-rows 5
< g,s
< a,1
< b,10
< a,2
< b,20
< a,3
< b,30
< a,4
< b,40
< a,5
< b,50
< a,4.5
< b,45
< a,4.7
< b,47
< a,1
> g,s,alert,severity
> a,1,0,
> b,10,0,
> a,2,0,
> b,20,0,
> a,3,0,
> b,30,0,
> a,4,0,
> b,40,0,
> a,5,0,
> b,50,0,
> a,4.5,0,
> b,45,0,
> a,4.7,1,
> b,47,1,
> a,1,0,
