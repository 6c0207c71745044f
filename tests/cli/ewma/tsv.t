# TSV in, TSV out (delimiter detected); -d tab forces it
$ printf 'v\tw\n2\t1\n4\t1\n' | ewma -a 0.5 -c v && printf 'v\n2\n4\n' | ewma -d tab -a 0.5
> v	w	v_ewma	v_ewma_z
> 2	1	2	
> 4	1	3	
> v	v_ewma	v_ewma_z
> 2	2	
> 4	3	
