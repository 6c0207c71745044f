# a file that is not a model is refused (exit 65); a missing one is exit 66
$ ae-score -m testdata/ae/normal.csv testdata/ae/fault.csv
? 65
! ^ae-score: model 'testdata/ae/normal.csv': not an adkit model or state file$
