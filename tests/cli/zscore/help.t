# --help: stdout, exit 0, every option (long form) mentioned, an example
$ set -o pipefail; zscore --help | grep -oE -- '--(window|method|fence|season|min-periods|suffix|columns|time|group|delimiter|no-header|precision|strict|help|version)\b|^Example|^Usage: zscore' | sort -u
> --columns
> --delimiter
> --fence
> --group
> --help
> --method
> --min-periods
> --no-header
> --precision
> --season
> --strict
> --suffix
> --time
> --version
> --window
> Example
> Usage: zscore
