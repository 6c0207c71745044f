# a write error exits 74
$ iforest testdata/iforest/planted.csv >/dev/full
? 74
! write error
