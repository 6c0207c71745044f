# --season 1m --step 15s: 4 phases by time, round(t / 15) mod 4, so a gap
# keeps the seasons aligned: 0 10 20 30 at t 0..45 set L 15, S (-15 -5 5 15);
# t 90 is phase 2 (forecast 15 + 5 = 20: level 20), t 105 phase 3 (forecast
# 30: z 0); counted by rows they would be phases 0 and 1
$ ewma --season 1m --step 15s -a 0.5 --beta 0 --gamma 0.5 --min-periods 2 -c v
< timestamp,v
< 0,0
< 15,10
< 30,20
< 45,30
< 90,20
< 105,30
> timestamp,v,v_ewma,v_ewma_z
> 0,0,0,
> 15,10,5,
> 30,20,10,
> 45,30,30,
> 90,20,20,
> 105,30,30,0
