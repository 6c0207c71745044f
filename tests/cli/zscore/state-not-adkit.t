# a file that is not an adkit state at all is refused (65)
$ printf 'hello\n' >/tmp/adk-zs-st6; zscore -w 3 --state /tmp/adk-zs-st6 testdata/basic.csv; echo "exit $?"; rm -f /tmp/adk-zs-st6
! ^zscore: /tmp/adk-zs-st6: .*not an adkit
> exit 65
