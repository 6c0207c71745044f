# --exit-status: 0 when an alert fired, 1 when none, usage errors still 64.
$ threshold -c s --above 4 --exit-status testdata/threshold/tiers.csv >/dev/null; echo "rc=$?"; threshold -c s --above 9 --exit-status testdata/threshold/tiers.csv >/dev/null; echo "rc=$?"; threshold -c nope --above 9 --exit-status testdata/threshold/tiers.csv; echo "rc=$?"; threshold -c s --above 1 --exit-status </dev/null; echo "rc=$?"
> rc=0
> rc=1
> rc=64
> rc=1
! no column 'nope'
