# Usage errors (64): no -c, two score columns, two levels, no level, both
# outputs, a duration without a time column, --recover beyond the level,
# --recover with --quantile, a bad --for.
$ for a in "--above 1" "-c 1-2 --above 1 testdata/threshold/cut.csv" "-c s --above 1 --below 2" "-c s" "-c s --above 1 --events --json" "-c s --above 1 --for 5m" "-c s --above 5 --recover 6" "-c s --quantile 0.9 --recover 1" "-c s --above 1 --for 2x" "-c s --quantile 1.5"; do threshold $a testdata/threshold/clear.csv; echo "rc=$?"; done 2>&1 | grep -v '^Try'
> threshold: -c: name the score column
> rc=64
> threshold: -c: give one score column, not '1-2'
> rc=64
> threshold: give one of --above, --below and --quantile
> rc=64
> threshold: no level: give --above X, --below X, --quantile Q or --tiers
> rc=64
> threshold: --events and --json are two outputs: give one
> rc=64
> threshold: a duration needs a time column: name one with -t (no column named timestamp, time, ts or date in testdata/threshold/clear.csv)
> rc=64
> threshold: --recover: 6 is beyond the level 5: the alert could not resolve
> rc=64
> threshold: --recover: a fixed recovery level does not go with a learned one (--quantile)
> rc=64
> threshold: --for: not a count or a duration (90s, 5m, 1h, 1d, 1w): '2x'
> rc=64
> threshold: --quantile: 1.5 is out of range [0, 1]
> rc=64
