# a state saved with other options is refused, naming the difference
$ d=$(mktemp -d); printf 'v\n1\n' | ewma -a 0.3 --state $d/st >/dev/null; printf 'v\n3\n' | ewma -a 0.2 --state $d/st; echo "exit $?"; rm -r $d
> exit 65
! ewma: /.*/st: state saved with other options or columns \(the file has 'alpha=0.3', this run 'alpha=0.2'\)
