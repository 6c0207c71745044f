# --help goes to stdout with the rule table from the parser; -V the version.
$ vote --help | grep -E '^  -r|\|COL\|>=X|^  -k|--confidence C|--prefix|--no-header|--strict|--precision|-d, --delimiter|^  vote'; vote -V
>   -r, --rule RULES     signals, comma-separated, the option repeatable (a flag
>                        |COL|>=X   the absolute value is at least X
>   -k, --min K          the row is flagged when at least K signals fire [a
>       --confidence C   the row is flagged when vote_score >= C (0..1) [0.5 with
>       --prefix P       name the new columns P<name> [vote_]
>   -d, --delimiter C    field delimiter: a character, or 'tab' [detected from header]
>       --no-header      the first line is data; columns are named 1..N
>       --precision N    significant digits of vote_score [6]
>       --strict         a value that is not a number is an error (exit 65) [warn, and
> vote (adkit) 0.1.0
