# -k moves the fences: with -k 0 they are Q1 and Q3, so 10 against
# [1,2,3,4] is (10 - 3.25) / 1.5 = 4.5; --fence 3: hi = 3.25 + 4.5, so
# (10 - 7.75) / 1.5 = 1.5
$ printf 'v\n1\n2\n3\n4\n10\n' | zscore -w 4 -m iqr -k 0 | tail -1; printf 'v\n1\n2\n3\n4\n10\n' | zscore -w 4 -m iqr --fence 3 | tail -1
> 10,4.5
> 10,1.5
