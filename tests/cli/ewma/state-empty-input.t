# an empty input leaves the state file as it was
$ d=$(mktemp -d); printf 'v\n1\n' | ewma --state $d/st >/dev/null; cp $d/st $d/before; ewma --state $d/st </dev/null; cmp $d/st $d/before && echo same; rm -r $d
> same
