# --cusum by hand, k 0.5, h 3, and a CUSUM baseline of weight 0.5 (then the
# same as the control chart's: see control-chart.t for its levels and z):
# row 3: z 3, S+ = 3 - 0.5 = 2.5
# row 4: z 9.34685, S+ = 2.5 + 9.34685 - 0.5 = 11.3469 > 3: reported, then
#        both sums restart at 0
# row 5: z 0: 0
# row 6: z -1.41634: S- = 1.41634 - 0.5, reported negative
$ ewma -a 0.5 --min-periods 2 --cusum --cusum-alpha 0.5 --cusum-k 0.5 --cusum-h 3
< value
< 1
< 2
< 3
< 10
< 6.125
< 2.2
> value,value_ewma,value_ewma_z,value_cusum
> 1,1,,
> 2,1.5,,
> 3,2.25,3,2.5
> 10,6.125,9.34685,11.3469
> 6.125,6.125,0,0
> 2.2,4.1625,-1.41634,-0.916341
