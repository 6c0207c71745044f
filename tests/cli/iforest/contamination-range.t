# --contamination must be in (0, 0.5]
$ iforest --contamination 0.7 testdata/iforest/planted.csv
? 64
! --contamination: 0.7 is out of range
