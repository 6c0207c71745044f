/*
 * vote.c - signal rules: a table of operators drives both parsing and help.
 */
#include "vote.h"
#include "num.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Longer tokens first, so that ">=" is not read as ">" and "=X". */
static const struct {
	const char *tok;
	int abs; /* 1: the |COL| form */
	int op;
	vote_syntax help;
} ops[] = {
	{">=", 0, VOTE_GE, {"COL>=X", "the value is at least X"}},
	{">", 0, VOTE_GT, {"COL>X", "the value is above X"}},
	{"<=", 0, VOTE_LE, {"COL<=X", "the value is at most X"}},
	{"<", 0, VOTE_LT, {"COL<X", "the value is below X"}},
	{">=", 1, VOTE_ABS_GE, {"|COL|>=X", "the absolute value is at least X"}},
	{">", 1, VOTE_ABS_GT, {"|COL|>X", "the absolute value is above X (both tails)"}},
};

const vote_syntax *
vote_syntax_at(size_t i)
{
	static const vote_syntax flag = {"COL", "a 0/1 flag column: the value is not 0"};
	size_t n = sizeof ops / sizeof ops[0];

	return i < n ? &ops[i].help : i == n ? &flag : NULL;
}

static int
blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Trim blanks from [*p, *p + *n). */
static void
trim(const char **p, size_t *n)
{
	while (*n > 0 && blank(**p)) {
		(*p)++;
		(*n)--;
	}
	while (*n > 0 && blank((*p)[*n - 1]))
		(*n)--;
}

static int
set_col(vote_rule *r, const char *p, size_t n)
{
	trim(&p, &n);
	if (n == 0)
		return VOTE_ENOCOL;
	/* "cpu=>3", "cpu!>3": a mistyped operator, not a column named "cpu=". */
	if (memchr(p, '=', n) || memchr(p, '!', n))
		return VOTE_EOP;
	if (memchr(p, '|', n))
		return VOTE_EABS;
	r->col = malloc(n + 1);
	if (r->col == NULL)
		return VOTE_ENOMEM;
	memcpy(r->col, p, n);
	r->col[n] = '\0';
	return VOTE_OK;
}

/* The operator and level at [p, p + n), for the plain or |COL| form. */
static int
set_op(vote_rule *r, const char *p, size_t n, int abs)
{
	size_t i, len;

	for (i = 0; i < sizeof ops / sizeof ops[0]; i++) {
		len = strlen(ops[i].tok);
		if (ops[i].abs != abs || n < len || memcmp(p, ops[i].tok, len) != 0)
			continue;
		r->op = ops[i].op;
		if (num_parse(p + len, n - len, &r->x) != NUM_OK)
			return VOTE_ELEVEL;
		return VOTE_OK;
	}
	return VOTE_EOP;
}

int
vote_parse(const char *s, size_t n, vote_rule *r)
{
	size_t i;
	int rc;

	memset(r, 0, sizeof *r);
	trim(&s, &n);
	if (n > 0 && s[0] == '|') {
		const char *bar = memchr(s + 1, '|', n - 1);
		size_t rest;

		if (bar == NULL)
			return VOTE_EABS;
		rest = n - (size_t)(bar + 1 - s);
		rc = set_op(r, bar + 1, rest, 1);
		if (rc == VOTE_OK)
			rc = set_col(r, s + 1, (size_t)(bar - s - 1));
	} else {
		for (i = 0; i < n && s[i] != '<' && s[i] != '>'; i++)
			;
		if (i == n) {
			r->op = VOTE_FLAG;
			rc = set_col(r, s, n);
		} else {
			rc = set_op(r, s + i, n - i, 0);
			if (rc == VOTE_OK)
				rc = set_col(r, s, i);
		}
	}
	if (rc != VOTE_OK)
		vote_rule_free(r);
	return rc;
}

void
vote_rule_free(vote_rule *r)
{
	free(r->col);
	r->col = NULL;
}

const char *
vote_strerror(int err)
{
	switch (err) {
	case VOTE_OK:
		return "no error";
	case VOTE_ENOMEM:
		return "out of memory";
	case VOTE_ENOCOL:
		return "no column name";
	case VOTE_EOP:
		return "not an operator (use >, >=, <, <= or |COL|>, |COL|>=, or a bare COL for "
		       "a 0/1 flag column)";
	case VOTE_ELEVEL:
		return "the level is not a number";
	case VOTE_EABS:
		return "a '|' out of place: write |COL|>X or |COL|>=X";
	}
	return "unknown error";
}

int
vote_fires(const vote_rule *r, double v)
{
	switch (r->op) {
	case VOTE_GT:
		return v > r->x;
	case VOTE_GE:
		return v >= r->x;
	case VOTE_LT:
		return v < r->x;
	case VOTE_LE:
		return v <= r->x;
	case VOTE_ABS_GT:
		return fabs(v) > r->x;
	case VOTE_ABS_GE:
		return fabs(v) >= r->x;
	case VOTE_FLAG:
		return v != 0;
	}
	return 0;
}

void
vote_tally(const unsigned char *fired, const double *w, size_t n, size_t *count, double *share)
{
	double hit = 0, total = 0;
	size_t i, c = 0;

	for (i = 0; i < n; i++) {
		double wi = w ? w[i] : 1;

		total += wi;
		if (fired[i]) {
			c++;
			hit += wi;
		}
	}
	*count = c;
	*share = total > 0 ? hit / total : 0;
}

int
vote_reaches(double share, double c)
{
	return share >= c - 1e-9;
}
