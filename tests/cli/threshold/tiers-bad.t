# Malformed tiers are usage errors quoting the tier.
$ for t in notify '=3' 'a=x' 'a=1,a=2' 'a=1,b=1' 'bad name=1' 'a=1,'; do threshold -c s --tiers "$t" </dev/null; echo "rc=$?"; done
> rc=64
> rc=64
> rc=64
> rc=64
> rc=64
> rc=64
> rc=64
! --tiers: 'notify' is not NAME=LEVEL
! --tiers: '=3' is not NAME=LEVEL
! --tiers: 'a=x': the level is not a number
! --tiers: tier 'a' given twice
! --tiers: tiers 'a' and 'b' have the same level
! --tiers: bad tier name 'bad name'
! --tiers: '' is not NAME=LEVEL
