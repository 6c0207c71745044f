# A rule whose level is not a number, and a |COL without its bar.
$ vote -r 'a>high' ; echo "rc=$?"; vote -r '|a>3'; echo "rc=$?"; vote -r '>3'; echo "rc=$?"; vote -r 'a|>3'; echo "rc=$?"
> rc=64
> rc=64
> rc=64
> rc=64
! bad rule 'a>high': the level is not a number
! bad rule '\|a>3': a '\|' out of place
! bad rule '>3': no column name
! bad rule 'a\|>3': a '\|' out of place
