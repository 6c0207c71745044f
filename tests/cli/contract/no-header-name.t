# --no-header: columns are named 1..N (so -c 2 is the name too) and numeric
# columns are found from the first line on
$ printf '1,1\n2,3\n3,5\n' | zscore -w 2 --no-header
> 1,1,,
> 2,3,,
> 3,5,2.12132,2.12132
