# --json: Alertmanager v2 alerts, one per incident per line; the group label
# by its column name, severity from --tiers, the why of the peak row (--why
# COL), strings escaped (quote, backslash, tab), milliseconds when the time
# has a fraction; the open incident has no endsAt.
$ threshold -c s --above 1 --tiers page=6 -g host --why note --name my-alert --json testdata/threshold/json.csv
> {"labels":{"alertname":"my-alert","host":"we\"b","severity":"page"},"annotations":{"summary":"s above 1, peak 7","why":"say \"hi\" \\\tnow"},"startsAt":"2024-03-01T00:00:00Z","endsAt":"2024-03-01T00:01:00Z"}
> {"labels":{"alertname":"my-alert","host":"db"},"annotations":{"summary":"s above 1, peak 3","why":"z"},"startsAt":"2024-03-01T00:02:00.250Z"}
