# Malformed window files: exit 65 naming FILE:LINE; a missing file: 66.
$ for f in bad-time backwards ragged one-field; do threshold -c s --above 1 --suppress testdata/threshold/$f.csv testdata/threshold/cut.csv; echo "rc=$?"; done; threshold -c s --above 1 --suppress testdata/threshold/nope.csv testdata/threshold/cut.csv; echo "rc=$?"
> rc=65
> rc=65
> rc=65
> rc=65
> rc=66
! ^threshold: testdata/threshold/bad-time.csv:3: end: not a time: 'oops'$
! ^threshold: testdata/threshold/backwards.csv:1: the window ends before it starts$
! ^threshold: testdata/threshold/ragged.csv:2: expected 2 fields \(as on the first line\), found 5$
! ^threshold: testdata/threshold/one-field.csv:1: expected start,end\[,group\]\[,reason\], found 1 field$
! ^threshold: --suppress: cannot open 'testdata/threshold/nope.csv'
