# --confidence without weights: every signal weighs 1; 2 of 3 is 0.666667,
# which reaches 0.66 but not 0.67.
$ for c in 0.66 0.67; do printf 'a,b,c\n1,1,0\n' | vote -r 'a>0,b>0,c>0' --confidence $c --precision 4 | tail -1; done
> 1,1,0,2,0.6667,1,a=1;b=1
> 1,1,0,2,0.6667,0,a=1;b=1
