# A header with more tabs than commas is TSV; the output keeps the tab
$ printf 'a\tv\n1,5\t1\n2\t3\n3\t5\n' | zscore -w 2 -c v
> a	v	v_zscore
> 1,5	1	
> 2	3	
> 3	5	2.12132
