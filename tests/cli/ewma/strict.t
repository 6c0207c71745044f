# --strict: text where a number should be is an error (exit 65)
$ ewma --strict -c value >/dev/null
< id,value
< a,2
< b,high
? 65
! ewma: stdin:3: column 'value': not a number: 'high'
