# a state file with a damaged byte is refused (65), and left as it was
$ rm -f /tmp/adk-zs-st3; zscore -w 3 --state /tmp/adk-zs-st3 testdata/basic.csv >/dev/null; printf 'x' | dd of=/tmp/adk-zs-st3 bs=1 seek=60 conv=notrunc 2>/dev/null; cp /tmp/adk-zs-st3 /tmp/adk-zs-st3.bak; zscore -w 3 --state /tmp/adk-zs-st3 testdata/basic.csv; echo "exit $?"; cmp /tmp/adk-zs-st3 /tmp/adk-zs-st3.bak && echo unchanged; rm -f /tmp/adk-zs-st3 /tmp/adk-zs-st3.bak
! ^zscore: /tmp/adk-zs-st3: cannot use this state file: corrupt
> exit 65
> unchanged
