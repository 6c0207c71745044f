# a state saved with other group columns is refused
$ d=$(mktemp -d); printf 'h,v\nx,2\n' | ewma -g h -c v --state $d/st >/dev/null; printf 'h,v\nx,2\n' | ewma -c v --state $d/st; echo "exit $?"; rm -r $d
> exit 65
! the file has 'group=h', this run 'group='
