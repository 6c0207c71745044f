# --no-header and TSV: columns by number (-c 2, -g 1, -t 3), events written
# with the input's delimiter and no header line.
$ printf 'a\t5\t10\nb\t0\t20\na\t0\t70\n' | threshold --no-header -c 2 -g 1 -t 3 --above 1 --events; printf 'a\t5\t10\n' | threshold --no-header -c 2 -t 3 --above 1
> a	10	70	60	1	5			0	
> a	5	10	1	
