# an adkit file of another kind (valid checksums) is refused (exit 65)
$ d=$(mktemp -d); printf 'v\n1\n' | ewma --state $d/st >/dev/null; printf 'zscore\000\000' | dd of=$d/st bs=1 seek=8 conv=notrunc 2>/dev/null; head -c 40 $d/st | gzip -c | tail -c 8 | head -c 4 | dd of=$d/st bs=1 seek=40 conv=notrunc 2>/dev/null; printf 'v\n3\n' | ewma --state $d/st; echo "exit $?"; rm -r $d
> exit 65
! ewma: /.*/st: not a ewma state file
