# -h is --help, and every short option is listed beside its long one
$ set -o pipefail; zscore -h | grep -oE -- '-[wmkctgdhV], --' | sort
> -V, --
> -c, --
> -d, --
> -g, --
> -h, --
> -k, --
> -m, --
> -t, --
> -w, --
