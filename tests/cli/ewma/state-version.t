# a state file of another format version (3.1: file format 3, series 1;
# header checksum made valid again with gzip's CRC-32) is refused, naming
# both versions (exit 65)
$ d=$(mktemp -d); printf 'v\n1\n' | ewma --state $d/st >/dev/null; printf '\001\000\003\000' | dd of=$d/st bs=1 seek=16 conv=notrunc 2>/dev/null; head -c 40 $d/st | gzip -c | tail -c 8 | head -c 4 | dd of=$d/st bs=1 seek=40 conv=notrunc 2>/dev/null; printf 'v\n3\n' | ewma --state $d/st; echo "exit $?"; rm -r $d
> exit 65
! ewma: /.*/st: state file format version 3\.1, this ewma reads version 2\.1$
