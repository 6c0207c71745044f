# a state saved for other columns is refused
$ rm -f /tmp/adk-zs-st2; zscore -c value --state /tmp/adk-zs-st2 testdata/zscore/state-series.csv >/dev/null && zscore -c value,timestamp --state /tmp/adk-zs-st2 testdata/zscore/state-series.csv; echo "exit $?"; rm -f /tmp/adk-zs-st2
! ^zscore: /tmp/adk-zs-st2: state saved with other options or columns
> exit 65
