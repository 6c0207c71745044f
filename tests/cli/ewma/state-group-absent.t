# a group missing from a run keeps its state: y's level goes on from 15
$ d=$(mktemp -d); printf 'h,v\nx,0\ny,10\ny,20\n' | ewma -g h -a 0.5 --state $d/st >/dev/null; printf 'h,v\nx,4\n' | ewma -g h -a 0.5 --state $d/st >/dev/null; printf 'h,v\ny,25\nx,6\n' | ewma -g h -a 0.5 --state $d/st; rm -r $d
> h,v,v_ewma,v_ewma_z
> y,25,20,
> x,6,4,
