# --above X is strictly above: X itself is normal; --below likewise.
$ printf 's\n2\n2.0001\n1.9999\n' | threshold -c s --above 2; printf 's\n2\n2.0001\n1.9999\n' | threshold -c s --below 2
> s,alert,severity
> 2,0,
> 2.0001,1,
> 1.9999,0,
> s,alert,severity
> 2,0,
> 2.0001,0,
> 1.9999,1,
