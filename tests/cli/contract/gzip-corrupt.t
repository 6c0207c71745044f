# gzip garbage after a valid magic number is a data error (65), not a crash
# and not a silent empty output
$ printf '\037\213\010\000\000\000\000\000\000\003garbage-not-deflate' | zscore -w 2
? 65
! ^zscore: stdin:1: corrupt or truncated gzip data$
