# a truncated state file is refused (exit 65), in the header or the payload
$ d=$(mktemp -d); printf 'v\n1\n2\n' | ewma --state $d/st >/dev/null; cp $d/st $d/st2; truncate -s 30 $d/st; truncate -s 50 $d/st2; printf 'v\n3\n' | ewma --state $d/st; echo "exit $?"; printf 'v\n3\n' | ewma --state $d/st2; echo "exit $?"; rm -r $d
> exit 65
> exit 65
! ewma: /.*/st: cannot use this state file: truncated
! ewma: /.*/st2: cannot use this state file: (truncated|corrupt)
