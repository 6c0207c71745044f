# -g is refused with a reason and a way out (one forest for all rows); --help
# and the man page do not offer it
$ iforest -g host testdata/iforest/planted.csv; echo "rc=$?"; iforest --help | grep -c -e '-g,' -e '--group'; grep -c -e '^\.BR \\-g' -e 'group " ' man/iforest.1; true
> rc=64
> 0
> 0
! ^iforest: -g: iforest fits one forest for all rows and has no groups; run one iforest per group, each on that group's rows$
