# --contamination 0.1 over 298 complete rows: the threshold lies between the
# 268th and 269th smallest scores (numpy's position 0.9 x 297 = 267.3,
# 0-based), so the 30 highest are flagged, and exactly those
$ iforest --contamination 0.1 testdata/iforest/planted.csv | awk -F, 'NR > 1 && $7 == 1 { n++; if (min == "" || $6 < min) min = $6 } NR > 1 && $7 == 0 && $6 > max { max = $6 } END { print n, (min > max) }'
> 30 1
