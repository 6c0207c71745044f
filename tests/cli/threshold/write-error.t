# A write error exits 74, in each output shape.
$ for o in "" --events --json; do threshold -c s --above 1 $o testdata/threshold/cut.csv > /dev/full; echo "rc=$?"; done
> rc=74
> rc=74
> rc=74
! threshold: write error
