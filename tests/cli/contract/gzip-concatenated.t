# Concatenated gzip members (cat a.gz b.gz) are one stream, as with gzip -d
$ { printf 'v\n1\n3\n' | gzip; printf '5\n4\n' | gzip; } | zscore -w 2
> v,v_zscore
> 1,
> 3,
> 5,2.12132
> 4,0
