# rows with a missing value are not trained on: the other rows score the same
# with them or without them
$ diff <(iforest testdata/iforest/planted.csv | grep -v -e ',,' -e ',NA,') <(grep -v -e ',,' -e ',NA,' testdata/iforest/planted.csv | iforest) && echo same
> same
