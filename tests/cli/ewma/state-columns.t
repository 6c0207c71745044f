# a state saved for other columns is refused
$ d=$(mktemp -d); printf 'a,b\n1,2\n' | ewma -c a --state $d/st >/dev/null; printf 'a,b\n1,2\n' | ewma -c b --state $d/st; echo "exit $?"; rm -r $d
> exit 65
! the file has 'column=a', this run 'column=b'
