# --precision N: N significant digits; 3/sqrt(2) = 2.1213203435596424
$ zscore -w 2 --precision 10 testdata/contract/v.csv && zscore -w 2 --precision 2 testdata/contract/v.csv | sed -n 4p
> v,v_zscore
> 1,
> 3,
> 5,2.121320344
> 4,0
> 5,2.1
