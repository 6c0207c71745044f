# a truncated state file is refused (65)
$ rm -f /tmp/adk-zs-st4; zscore -w 3 --state /tmp/adk-zs-st4 testdata/basic.csv >/dev/null; head -c 50 /tmp/adk-zs-st4 >/tmp/adk-zs-st4.cut; zscore -w 3 --state /tmp/adk-zs-st4.cut testdata/basic.csv; echo "exit $?"; rm -f /tmp/adk-zs-st4 /tmp/adk-zs-st4.cut
! ^zscore: /tmp/adk-zs-st4.cut: cannot use this state file: truncated
> exit 65
