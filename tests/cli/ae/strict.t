# --strict: a value that is not a number is an error (65) in both tools;
# without it, a warning and the value counts as missing
$ d=$(mktemp -d) && ae-train -q -o $d/m testdata/ae/normal.csv && printf 'timestamp,host,cpu,mem,latency_ms,errors\n1,a,abc,50,80,4.5\n' >$d/bad && { ae-score --strict -m $d/m $d/bad >/dev/null; echo $?; ae-score -m $d/m $d/bad | tail -1; tail -n 1 $d/bad | cat testdata/ae/normal.csv - | ae-train --strict -q -o $d/m2; echo $?; }; rm -rf $d
> 65
> 1,a,abc,50,80,4.5,,
> 65
! ae-score: .*bad:2: column 'cpu': not a number: 'abc'
! ae-train: stdin:302: column 'cpu': not a number: 'abc'
