# another tool's state file is refused (65)
$ rm -f /tmp/adk-zs-st5; ewma --state /tmp/adk-zs-st5 testdata/basic.csv >/dev/null; zscore -w 3 --state /tmp/adk-zs-st5 testdata/basic.csv; echo "exit $?"; rm -f /tmp/adk-zs-st5
! ^zscore: /tmp/adk-zs-st5: not a zscore state file
> exit 65
