# a row without a value still advances a row-counted season: 0 10 20 30 set
# S = (-15, -5, 5, 15) around L 15; after the empty row (phase 0) the 10 is
# at phase 1 (forecast 15 - 5 = 10, z 0), not phase 0 (forecast 0)
$ ewma --season 4 -a 0.5 --beta 0 --gamma 0.5 --min-periods 1 -c v
< id,v
< a,0
< b,10
< c,20
< d,30
< e,
< f,10
> id,v,v_ewma,v_ewma_z
> a,0,0,
> b,10,5,
> c,20,10,
> d,30,30,
> e,,,
> f,10,10,0
