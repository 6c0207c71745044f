# --no-header: the first line is data, columns are 1..N, no header is written
$ printf '1,1\n2,3\n3,5\n' | zscore -w 2 --no-header -c 2
> 1,1,
> 2,3,
> 3,5,2.12132
