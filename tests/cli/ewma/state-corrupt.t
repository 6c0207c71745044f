# a state file with a damaged byte is refused, naming the file (exit 65)
$ d=$(mktemp -d); printf 'v\n1\n2\n' | ewma --state $d/st >/dev/null; printf 'X' | dd of=$d/st bs=1 seek=50 conv=notrunc 2>/dev/null; printf 'v\n3\n' | ewma --state $d/st; echo "exit $?"; rm -r $d
> exit 65
! ewma: /.*/st: cannot use this state file: corrupt
