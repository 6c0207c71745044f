# an empty input gives an empty output; a header alone, the header
$ iforest </dev/null && printf 'a,b\n' | iforest -c a,b
> a,b,iforest_score
