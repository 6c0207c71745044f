# -g is refused: one forest for all rows
$ iforest -g host testdata/iforest/planted.csv
? 64
! -g: iforest fits one forest
