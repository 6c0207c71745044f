# a write error is reported and exits 74
$ ewma testdata/basic.csv > /dev/full
? 74
! ewma: write error
