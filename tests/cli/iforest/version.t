# -V
$ iforest -V
> iforest (adkit) 0.1.0
