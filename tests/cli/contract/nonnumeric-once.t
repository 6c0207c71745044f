# One warning per column (the first bad value), then one count per column
$ zscore -w 2 -c v,w testdata/contract/text2.csv 2>&1 >/dev/null
> zscore: testdata/contract/text2.csv:3: column 'v': not a number: 'x' (scored as missing; further ones in this column are counted at the end)
> zscore: testdata/contract/text2.csv:4: column 'w': not a number: '1.2.3' (scored as missing; further ones in this column are counted at the end)
> zscore: column 'v': 3 values were not a number, scored as missing
> zscore: column 'w': 1 value was not a number, scored as missing
