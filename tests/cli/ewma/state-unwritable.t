# a state that cannot be saved is an I/O error (exit 74), after the output
$ printf 'v\n1\n' | ewma --state /nonexistent/dir/st
? 74
! ewma: cannot save state to '/nonexistent/dir/st'
> v,v_ewma,v_ewma_z
> 1,1,
