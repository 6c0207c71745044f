# The incident as an Alertmanager alert: labels, annotations, RFC 3339 times
$ zcat testdata/incidents/http-errors.csv.gz | zscore -m median -w 30m -g instance | ewma --cusum -g instance -c value | vote 'value_zscore>5' 'value_cusum>=10' -k 1 | threshold -c vote_score --above 0.4 --clear 10m --json -g instance --name HighErrorRatio | tail -n 1
> {"labels":{"alertname":"HighErrorRatio","instance":"web-2"},"annotations":{"summary":"vote_score above 0.4, peak 1","why":"value_zscore=211.98;value_cusum=72.0122"},"startsAt":"2026-01-01T02:20:00Z","endsAt":"2026-01-01T03:52:00Z"}
