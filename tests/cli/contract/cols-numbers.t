# -c takes 1-based numbers; outputs follow the order given (c: 5 against a
# flat [2,2] is 3 / (1e-12 * 2), the documented floor)
$ printf 'a,b,c\n1,0,2\n3,0,2\n5,0,5\n' | zscore -w 2 -c 3,1
> a,b,c,c_zscore,a_zscore
> 1,0,2,,
> 3,0,2,,
> 5,0,5,1.5e+12,2.12132
