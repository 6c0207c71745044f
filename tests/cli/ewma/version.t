# -V prints the tool and the version
$ ewma -V | grep -cE '^ewma \(adkit\) [0-9]+\.[0-9]+'
> 1
