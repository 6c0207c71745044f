# A rule on a column the header lacks: usage error naming it and listing the
# header.
$ vote -r 'cpu_zscore>1,cpu_z>3' testdata/vote/signals.csv
? 64
! vote: -r: no column 'cpu_z' in the header of testdata/vote/signals.csv \(columns: ts, cpu_zscore, lat_zscore, iforest_score, spike\)
