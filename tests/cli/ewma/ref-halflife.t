# --halflife 5 (rows) is alpha 1 - 2^(-1/5), as pandas ewm(halflife=5, adjust=False)
$ ewma --halflife 5 --precision 17 testdata/ewma/ref-in.csv | cut -d, -f1-5,7,9,11 | numdiff -t 1e-9 - testdata/ewma/ref-halflife5.csv && echo ok
> ok
