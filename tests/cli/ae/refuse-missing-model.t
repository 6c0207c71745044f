# a model file that cannot be opened: exit 66
$ ae-score -m /nonexistent/m testdata/ae/fault.csv
? 66
! ^ae-score: cannot open model '/nonexistent/m': No such file or directory$
