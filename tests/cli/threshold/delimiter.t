# -d ';': the semicolon-separated input, and the events in it.
$ threshold -d ';' -c s --above 1 && printf 'ts;s\n1;5\n2;0\n' | threshold -d ';' -c s --above 1 --events
< ts;s
< 1;5
< 2;0
> ts;s;alert;severity
> 1;5;1;
> 2;0;0;
> start;end;duration;rows;peak;severity;why;suppressed;reason
> 1;2;1;1;5;;;0;
