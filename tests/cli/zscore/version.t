# -V: program, package and the Makefile's VERSION on stdout, exit 0
$ zscore -V && zscore --version
> zscore (adkit) 0.1.0
> zscore (adkit) 0.1.0
