# nothing to train on: an empty input, or no complete row (exit 65); no model
$ d=$(mktemp -d); ae-train -o $d/m </dev/null; echo $?; printf 'a,b\n1,\n,2\n' | ae-train -o $d/m; echo $?; test -e $d/m || echo no model; rm -rf $d
> 65
> 65
> no model
! empty input: no rows to train on
! 2 rows with a missing value not trained on
! no complete rows to train on
