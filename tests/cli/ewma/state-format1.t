# a state file of format 1 (version 1, as adkit wrote before group keys were
# made independent of the delimiter) is refused with the reason and the fix
$ d=$(mktemp -d); printf 'v\n1\n' | ewma --state $d/st >/dev/null; printf '\001\000\000\000' | dd of=$d/st bs=1 seek=16 conv=notrunc 2>/dev/null; head -c 40 $d/st | gzip -c | tail -c 8 | head -c 4 | dd of=$d/st bs=1 seek=40 conv=notrunc 2>/dev/null; printf 'v\n3\n' | ewma --state $d/st; echo "exit $?"; rm -r $d
> exit 65
! ewma: /.*/st: state file of an older adkit \(format 1, whose group keys depend on the delimiter\); remove the file to start afresh$
