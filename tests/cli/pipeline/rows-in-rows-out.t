# The README's pipeline (brief form): rows out == rows in at every stage
$ zcat testdata/incidents/http-errors.csv.gz | zscore -m median -g instance | ewma --cusum -g instance | vote 'value_zscore>4' 'value_cusum>5' -k 1 | threshold -c vote_score --above 0.5 --for 3m -g instance | wc -l
> 1081
