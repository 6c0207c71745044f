# a value that is not a number is scored as missing, with a warning naming
# file, line, column and value, and a count at the end
$ sed '5s/,43.39,/,abc,/' testdata/iforest/planted.csv | iforest | sed -n 5p
> 1700000180,web-2,51.11,abc,123.3,
! ^iforest: stdin:5: column 'mem': not a number: 'abc'
! column 'mem': 1 value was not a number
