# Replay of the bundled incident through the whole pipeline: the spike on
# web-3, and web-2's slow degradation (caught by CUSUM at 02:20) merging into
# its hard failure at 03:30 as one incident; two early CUSUM alarms on web-2
$ zcat testdata/incidents/http-errors.csv.gz | zscore -m median -w 30m -g instance | ewma --cusum -g instance -c value | vote 'value_zscore>5' 'value_cusum>=10' -k 1 | threshold -c vote_score --above 0.4 --clear 10m --events -g instance
> instance,start,end,duration,rows,peak,severity,why,suppressed,reason
> web-2,1767227700,1767228360,660,11,0.5,,value_cusum=10.4174,0,
> web-3,1767229200,1767229860,660,11,1,,value_zscore=124.629;value_cusum=188.647,0,
> web-2,1767231060,1767231720,660,11,0.5,,value_cusum=10.1621,0,
> web-2,1767234000,1767239520,5520,92,1,,value_zscore=211.98;value_cusum=72.0122,0,
