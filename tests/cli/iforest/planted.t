# the planted latency spike (line 152 of the fixture) scores highest
$ iforest testdata/iforest/planted.csv | sort -t, -k6 -g | tail -1 | cut -d, -f1,5
> 1700009000,900.0
