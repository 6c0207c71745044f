# --quantile 0.1 alerts below the level: from 1..5, 1 + 0.4 (2 - 1) = 1.4;
# the JSON summary gives the learned level.
$ threshold -c s --quantile 0.1 --train-rows 5 --json
< ts,s
< 0,3
< 60,1
< 120,2
< 180,5
< 240,4
< 300,1.5
< 360,1.3
< 420,1.6
> {"labels":{"alertname":"adkit"},"annotations":{"summary":"s below 1.4, peak 1.3"},"startsAt":"1970-01-01T00:06:00Z","endsAt":"1970-01-01T00:07:00Z"}
