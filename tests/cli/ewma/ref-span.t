# --span 10 is alpha 2/11, as pandas ewm(span=10, adjust=False)
$ ewma --span 10 --precision 17 testdata/ewma/ref-in.csv | cut -d, -f1-5,7,9,11 | numdiff -t 1e-9 - testdata/ewma/ref-span10.csv && echo ok
> ok
