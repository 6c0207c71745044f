# -d tab forces TSV on a header with more commas than tabs
$ printf 'a,b,c\tv\nx,y,z\t1\nx,y,z\t3\nx,y,z\t5\n' | zscore -w 2 -d tab
> a,b,c	v	v_zscore
> x,y,z	1	
> x,y,z	3	
> x,y,z	5	2.12132
