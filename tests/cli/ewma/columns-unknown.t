# an unknown column is an error naming it and listing the header
$ ewma -c nope
< a,b
< 1,2
? 64
! no column 'nope' in the header of stdin \(columns: a, b\)
