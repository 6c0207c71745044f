# the model cannot be written: exit 74, the reason given
$ ae-train -q -e 1 -o /nonexistent/dir/m testdata/ae/normal.csv
? 74
! ^ae-train: cannot write model '/nonexistent/dir/m': .*No such file or directory
