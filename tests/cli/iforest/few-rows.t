# fewer than two complete rows: no forest; rows are written with empty
# scores, a warning, exit 65
$ printf 'a,b\n1,2\n3,\n' | iforest
? 65
! only one complete row to train on
> a,b,iforest_score
> 1,2,
> 3,,
