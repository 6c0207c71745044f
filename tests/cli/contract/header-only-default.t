# A header and no rows, without -c (an empty range exported by cron): every
# column but the time and group columns is taken, the pipeline goes on, exit 0
$ printf 'timestamp,instance,value\n' | zscore -g instance | ewma -g instance -c value
> timestamp,instance,value,value_zscore,value_ewma,value_ewma_z
