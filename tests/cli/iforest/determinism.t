# the same seed gives the same bytes; another seed other scores
$ a=$(iforest --seed 7 --explain testdata/iforest/planted.csv | cksum); b=$(iforest --seed 7 --explain testdata/iforest/planted.csv | cksum); c=$(iforest --seed 8 --explain testdata/iforest/planted.csv | cksum); [ "$a" = "$b" ] && [ "$a" != "$c" ] && echo ok
> ok
