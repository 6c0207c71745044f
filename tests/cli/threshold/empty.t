# Empty input: empty output, exit 0; a header alone: the header (per row) or
# the events header.
$ threshold -c s --tiers a=1 --suppress testdata/threshold/deploy.csv </dev/null; printf 'ts,s\n' | threshold -c s --above 1; printf 'ts,s\n' | threshold -c s --above 1 --events
> ts,s,alert,severity
> start,end,duration,rows,peak,severity,why,suppressed,reason
