# an empty input gives an empty output
$ ewma < /dev/null
