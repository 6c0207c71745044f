# the spool goes to $TMPDIR; one that cannot be written is an I/O error
$ TMPDIR=/nonexistent iforest testdata/iforest/planted.csv
? 74
! cannot create a temporary file in /nonexistent
