# --help: usage on stdout, exit 0, naming every option; defaults in brackets
$ iforest --help >/tmp/iforest-help.$$ && head -1 /tmp/iforest-help.$$ && for o in -n, --trees -s, --sample-size --extended --seed --contamination --explain --train-rows --save --model; do grep -q -- " $o" /tmp/iforest-help.$$ || echo "missing $o"; done; grep -c -e 'trees \[100\]' -e '(psi) \[256\]' -e 'choices \[0\]' /tmp/iforest-help.$$; rm -f /tmp/iforest-help.$$
> Usage: iforest [OPTIONS] [FILE...]
> 3
