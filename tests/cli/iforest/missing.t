# a row with a missing value (empty, NA) gets an empty score
$ iforest testdata/iforest/planted.csv | sed -n '12p;42p'
> 1700000600,web-1,38.06,,129.6,
> 1700002400,web-1,43.38,NA,110.4,
