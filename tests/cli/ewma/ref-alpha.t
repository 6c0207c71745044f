# <col>_ewma agrees with pandas ewm(alpha=A, adjust=False).mean() to 1e-9
# (scripts/gen-ewma-ref): a random walk, 1e9 + noise, spikes, tiny values
# with holes (pandas ignore_na=True: a hole leaves the level as it was)
$ for a in 0.3 0.05 1; do ewma -a $a --precision 17 testdata/ewma/ref-in.csv | cut -d, -f1-5,7,9,11 | numdiff -t 1e-9 - testdata/ewma/ref-a$a.csv && echo ok; done
> ok
> ok
> ok
