# --json leaves out the suppressed piece: nothing fires inside a window.
$ threshold -c s --above 1 --suppress testdata/threshold/deploy.csv --json testdata/threshold/cut.csv
> {"labels":{"alertname":"adkit"},"annotations":{"summary":"s above 1, peak 5"},"startsAt":"1970-01-01T00:00:00Z","endsAt":"1970-01-01T00:03:00Z"}
> {"labels":{"alertname":"adkit"},"annotations":{"summary":"s above 1, peak 5"},"startsAt":"1970-01-01T00:06:00Z","endsAt":"1970-01-01T00:08:00Z"}
