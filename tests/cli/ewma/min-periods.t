# --min-periods 1: z from the second point; the baseline of one point has no
# spread, so the sd is floored (1e-12) and the score is large but finite
$ ewma -a 0.5 --min-periods 1
< value
< 1
< 2
< 2
> value,value_ewma,value_ewma_z
> 1,1,
> 2,1.5,1e+12
> 2,1.75,1
