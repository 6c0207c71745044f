# --strict: a value that is not a number is an error
$ sed '5s/,43.39,/,abc,/' testdata/iforest/planted.csv | iforest --strict >/dev/null
? 65
! ^iforest: stdin:5: column 'mem': not a number: 'abc'
