/*
 * vote.h - signals and their fusion.  A signal is a rule on one column:
 * COL>X, COL>=X, COL<X, COL<=X, |COL|>X, |COL|>=X, or a bare COL, a 0/1
 * flag column that fires when its value is not zero.  vote fuses the
 * signals of a row into one decision: at least k of them fire, or their
 * weighted share reaches a confidence c.
 *
 * Ownership: vote_parse() fills a rule whose column name is malloc'd;
 * vote_rule_free() releases it (a zeroed rule is fine).  Nothing here prints
 * or exits.
 */
#ifndef ADK_VOTE_H
#define ADK_VOTE_H

#include <stddef.h>

enum vote_op { VOTE_GT, VOTE_GE, VOTE_LT, VOTE_LE, VOTE_ABS_GT, VOTE_ABS_GE, VOTE_FLAG };

typedef struct {
	char *col; /* the column's name, NUL-terminated, malloc'd */
	int op;    /* enum vote_op */
	double x;  /* the level (not used by VOTE_FLAG) */
} vote_rule;

enum vote_err {
	VOTE_OK = 0,
	VOTE_ENOMEM,
	VOTE_ENOCOL, /* no column name */
	VOTE_EOP,    /* an operator that is not one of the table's */
	VOTE_ELEVEL, /* the level is not a finite number */
	VOTE_EABS    /* a '|' out of place: |COL without its closing bar, or a|>3 */
};

/* One row of the syntax table, in the order help shows them. */
typedef struct {
	const char *syntax;  /* e.g. "COL>=X" */
	const char *meaning; /* e.g. "the value is at least X" */
} vote_syntax;

/* The i-th rule syntax, for help text (the parser's own table); NULL past
 * the last. */
const vote_syntax *vote_syntax_at(size_t i);

/* Parse the n bytes at s as one rule.  Blanks around the column name and
 * the level are ignored.  In COL forms the first '<' or '>' ends the name;
 * a column name holding '=' or '!' is an error (a mistyped operator), as is
 * one holding '|' (a misplaced bar).  Returns an enum vote_err. */
int vote_parse(const char *s, size_t n, vote_rule *r);
void vote_rule_free(vote_rule *r);
const char *vote_strerror(int err);

/* 1 if the rule fires on the value v (finite), else 0. */
int vote_fires(const vote_rule *r, double v);

/*
 * Fuse: fired[i] (0/1) for n signals of weight w[i] >= 0 (NULL: all 1).
 * *count = the number fired; *share = sum(w_i fired_i) / sum(w_i) in [0, 1]
 * (0 when every weight is 0).
 */
void vote_tally(const unsigned char *fired, const double *w, size_t n, size_t *count,
		double *share);

/* share >= c, forgiving the rounding of a share such as 2/3 against a c
 * typed as 0.6667 no more than 1e-9. */
int vote_reaches(double share, double c);

#endif
