# the second run continues the baseline: its first row is scored at once
$ rm -f /tmp/adk-zs-st7; printf 'v\n1\n2\n3\n' | zscore -w 3 --state /tmp/adk-zs-st7 >/dev/null; printf 'v\n10\n' | zscore -w 3 --state /tmp/adk-zs-st7; rm -f /tmp/adk-zs-st7
> v,v_zscore
> 10,8
