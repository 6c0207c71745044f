# adding --cusum to a state saved without it is refused too
$ d=$(mktemp -d); printf 'v\n1\n' | ewma --state $d/st >/dev/null; printf 'v\n3\n' | ewma --cusum --state $d/st; echo "exit $?"; rm -r $d
> exit 65
! the file has 'cusum=0', this run 'cusum=1'
