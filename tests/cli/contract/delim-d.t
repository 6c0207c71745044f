# -d forces the delimiter (here ';', which detection would not pick); output
# keeps it
$ printf 'a;v\n1,5;1\n2;3\n3;5\n' | zscore -w 2 -d ';' -c v
> a;v;v_zscore
> 1,5;1;
> 2;3;
> 3;5;2.12132
