# Option errors are usage errors (64): no rules, weights that do not match
# the rules, -k beyond the rules, -k with --confidence, all-zero weights, -c.
$ for a in "" "-r a,b -w 1" "-r a,b -k 3" "-r a -k 1 --confidence 0.5" "-r a -w 0" "-r a -c a" "-r a --confidence 2"; do vote $a </dev/null; echo "rc=$?"; done
> rc=64
> rc=64
> rc=64
> rc=64
> rc=64
> rc=64
> rc=64
! no rules: give the signals with -r
! -w: 1 weight for 2 rules
! -k: 3 is more than the 2 rules
! give one or the other
! -w: at least one weight must be above 0
! -c: the rules name the columns
! --confidence: 2 is out of range
