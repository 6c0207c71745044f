# Empty input: empty output, exit 0; a header alone: the header.
$ vote -r a </dev/null; printf 'a\n' | vote -r a
> a,vote_count,vote_score,vote_flag,vote_why
