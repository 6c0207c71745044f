# --prefix names the new columns; an input that already has vote_* columns
# can be voted on again that way.
$ vote -r 'a>0' | vote -r 'vote_flag' --prefix v2_
< a
< 1
> a,vote_count,vote_score,vote_flag,vote_why,v2_count,v2_score,v2_flag,v2_why
> 1,1,1,1,a=1,1,1,1,vote_flag=1
