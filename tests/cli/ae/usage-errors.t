# usage errors exit 64: no -o, a bad layer list, --patience without a
# validation set, no -m; each is reported
$ for a in "" "-o m -l 32,,8" "-o m -l 0" "-o m -a sigmoid" "-o m --patience 3" "-o m --validation 0.95"; do ae-train $a </dev/null; echo $?; done; ae-score </dev/null; echo $?
> 64
> 64
> 64
> 64
> 64
> 64
> 64
! -o MODEL is required
! -l: bad layer list '32,,8'
! -l: bad width '0' in '0'
! -a: unknown activation 'sigmoid'
! --patience needs a validation set
! --validation
! -m MODEL is required
