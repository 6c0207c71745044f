# a file that is not an adkit file at all is refused, and left as it was
$ d=$(mktemp -d); echo hello >$d/st; printf 'v\n3\n' | ewma --state $d/st; echo "exit $?"; cat $d/st; rm -r $d
> exit 65
> hello
! ewma: /.*/st: cannot use this state file: not an adkit model or state file
