# --help: stdout, exit 0, every option, an example; -V the version.
$ set -o pipefail; threshold --help | grep -oE -- '--(columns|above|below|quantile|train-rows|recover|tiers|for|clear|cooldown|suppress|events|json|name|why|exit-status|time|group|delimiter|no-header|precision|strict|help|version)\b|^Example|^Usage: threshold' | sort -u; threshold -V
> --above
> --below
> --clear
> --columns
> --cooldown
> --delimiter
> --events
> --exit-status
> --for
> --group
> --help
> --json
> --name
> --no-header
> --precision
> --quantile
> --recover
> --strict
> --suppress
> --tiers
> --time
> --train-rows
> --version
> --why
> Example
> Usage: threshold
> threshold (adkit) 0.1.0
