# A score that is not a number: a warning and empty alert (missing), or with
# --strict exit 65 (after the rows before it).
$ printf 's\n5\nhigh\n0\n' | threshold -c s --above 1; printf 's\n5\nhigh\n' | threshold -c s --above 1 --strict; echo "rc=$?"
> s,alert,severity
> 5,1,
> high,,
> 0,0,
> s,alert,severity
> 5,1,
> rc=65
! stdin:3: column 's': not a number: 'high'
! column 's': 1 value was not a number
