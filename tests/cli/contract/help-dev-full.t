# --help into /dev/full is a write error too (74), not a silent success
$ zscore --help >/dev/full
? 74
! ^zscore: write error
