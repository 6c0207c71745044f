# --help: stdout, exit 0, every option (long form) mentioned, an example
$ set -o pipefail; ewma --help | grep -oE -- '--(alpha|halflife|span|step|season|beta|gamma|cusum|cusum-k|cusum-h|min-periods|state|columns|time|group|delimiter|no-header|precision|strict|help|version)\b|^Example|^Usage: ewma' | sort -u
> --alpha
> --beta
> --columns
> --cusum
> --cusum-h
> --cusum-k
> --delimiter
> --gamma
> --group
> --halflife
> --help
> --min-periods
> --no-header
> --precision
> --season
> --span
> --state
> --step
> --strict
> --time
> --version
> Example
> Usage: ewma
