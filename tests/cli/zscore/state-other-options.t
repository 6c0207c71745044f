# a state saved with another window is refused, naming the file and the option
$ rm -f /tmp/adk-zs-st1; zscore -w 5 --state /tmp/adk-zs-st1 testdata/basic.csv >/dev/null && zscore -w 6 --state /tmp/adk-zs-st1 testdata/basic.csv; echo "exit $?"; rm -f /tmp/adk-zs-st1
! ^zscore: /tmp/adk-zs-st1: state saved with other options or columns .*'window=5'.*'window=6'
> exit 65
