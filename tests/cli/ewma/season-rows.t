# --season 2 (rows), alpha beta gamma 0.5, by hand (as in test_ewma.c):
# the first period 1, 3 gives L 2, S (-1, 1), T 0 (the level shown is their
# running mean, then L + S = the point); x 2: F = 2 - 1 = 1, L 2.5, T 0.25,
# S0 -0.75, shown 1.75; x 4: F = 2.5 + 0.25 + 1 = 3.75, sd 0.5: z 0.5,
# L 2.875, S1 1.0625, shown 3.9375
$ ewma --season 2 -a 0.5 --beta 0.5 --gamma 0.5 --min-periods 2
< v
< 1
< 3
< 2
< 4
> v,v_ewma,v_ewma_z
> 1,1,
> 3,3,
> 2,1.75,
> 4,3.9375,0.5
