# Against an independent implementation of threshold(1)'s rules
# (scripts/gen-threshold-ref): 3000 rows of 3 interleaved hosts, missing
# scores, four suppression windows (two for one host); counts with
# hysteresis, and durations below the level.  Alert column and --events.
$ o='-c s -g host --suppress testdata/threshold/ref-windows.csv testdata/threshold/ref-input.csv'; a='--above 2 --recover 1.5 --for 3 --clear 2 --cooldown 4'; b='--below -1 --for 90s --clear 2m --cooldown 30m'; threshold $a $o | cut -d, -f4 | cmp - testdata/threshold/ref-counts-alert.csv && threshold $a --events $o | cmp - testdata/threshold/ref-counts-events.csv && threshold $b $o | cut -d, -f4 | cmp - testdata/threshold/ref-durations-alert.csv && threshold $b --events $o | cmp - testdata/threshold/ref-durations-events.csv && echo same
> same
