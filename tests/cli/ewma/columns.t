# -c picks the columns; each gets its own pair, in the order given
$ ewma -c b,a -a 0.5
< a,b,c
< 1,10,5
< 3,20,5
> a,b,c,b_ewma,b_ewma_z,a_ewma,a_ewma_z
> 1,10,5,10,,1,
> 3,20,5,15,,2,
