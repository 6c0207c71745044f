# A malformed rule: usage error quoting the rule.
$ vote -r 'a>1,cpu=>3'
? 64
! vote: -r: bad rule 'cpu=>3': not an operator
! Try 'vote --help'
