# --help on stdout, exit 0, every option listed; -V gives the version
$ ae-train --help | grep -oE -- '--[a-z0-9-]+' | sort -u | tr '\n' ' '; echo; ae-score -h | grep -oE -- '--[a-z0-9-]+' | sort -u | tr '\n' ' '; echo; ae-train -V | grep -c .; ae-score --version | grep -c .
> --activation --batch --columns --delimiter --denoise --epochs --help --l2 --layers --lr --no-header --output --patience --quiet --seed --strict --time --validation --version 
> --delimiter --explain --help --model --no-header --precision --strict --version 
> 1
> 1
