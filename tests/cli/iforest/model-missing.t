# a model file that cannot be opened
$ iforest --model /nonexistent/model testdata/iforest/planted.csv
? 66
! ^iforest: cannot open model '/nonexistent/model': No such file
