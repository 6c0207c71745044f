# alpha 0.5 by hand: level 1, 1.5, 2.25, 6.125, 6.125, 4.1625; EW variance
# v' = (1 - a)(v + a d^2): 0, 0.25, 0.6875, 15.359375, 7.6796875; z is the
# point against the level and sd BEFORE it: (3 - 1.5)/0.5 = 3,
# (10 - 2.25)/sqrt(0.6875) = 9.34685, (2.2 - 6.125)/sqrt(7.6796875) = -1.41634
$ ewma -a 0.5 --min-periods 2
< value
< 1
< 2
< 3
< 10
< 6.125
< 2.2
> value,value_ewma,value_ewma_z
> 1,1,
> 2,1.5,
> 3,2.25,3
> 10,6.125,9.34685
> 6.125,6.125,0
> 2.2,4.1625,-1.41634
