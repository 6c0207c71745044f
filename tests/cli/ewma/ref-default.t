# the default smoothing is alpha 0.3 (pandas reference)
$ ewma --precision 17 testdata/ewma/ref-in.csv | cut -d, -f1-5,7,9,11 | numdiff -t 1e-9 - testdata/ewma/ref-a0.3.csv && echo ok
> ok
