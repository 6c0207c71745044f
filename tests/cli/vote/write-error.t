# A write error exits 74.
$ vote -r 'cpu_zscore>3' testdata/vote/signals.csv > /dev/full
? 74
! vote: write error
