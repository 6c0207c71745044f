/* test_vote.c - rule parsing, firing at the boundaries, and the tally. */
#include "check.h"
#include "vote.h"

#include <string.h>

static int
parses(const char *s, const char *col, int op, double x)
{
	vote_rule r;
	int ok = vote_parse(s, strlen(s), &r) == VOTE_OK && strcmp(r.col, col) == 0 &&
		 r.op == op && (op == VOTE_FLAG || r.x == x);

	vote_rule_free(&r);
	return ok;
}

static int
fails(const char *s, int err)
{
	vote_rule r;
	int rc = vote_parse(s, strlen(s), &r);

	return rc == err && r.col == NULL;
}

static int
fires(const char *s, double v)
{
	vote_rule r;
	int f;

	if (vote_parse(s, strlen(s), &r) != VOTE_OK)
		return -1;
	f = vote_fires(&r, v);
	vote_rule_free(&r);
	return f;
}

int
main(void)
{
	size_t n, count, i;
	double share;
	unsigned char fired[4] = {1, 0, 1, 0};
	double w[4] = {3, 1, 1, 1}, zero[2] = {0, 0};

	CHECK("COL>X", parses("cpu_zscore>3", "cpu_zscore", VOTE_GT, 3));
	CHECK("COL>=X", parses("a>=-1.5", "a", VOTE_GE, -1.5));
	CHECK("COL<X", parses("a<1e-3", "a", VOTE_LT, 1e-3));
	CHECK("COL<=X", parses("a<=0", "a", VOTE_LE, 0));
	CHECK("|COL|>X", parses("|lat z|>4", "lat z", VOTE_ABS_GT, 4));
	CHECK("|COL|>=X", parses("|a|>=4", "a", VOTE_ABS_GE, 4));
	CHECK("flag", parses("spike", "spike", VOTE_FLAG, 0));
	CHECK("blanks trimmed", parses("  a >  3 ", "a", VOTE_GT, 3));
	{
		vote_rule r;

		CHECK("only n bytes", vote_parse("a>3,b", 3, &r) == VOTE_OK && r.x == 3);
		vote_rule_free(&r);
	}

	CHECK("empty", fails("", VOTE_ENOCOL));
	CHECK("no column", fails(">3", VOTE_ENOCOL));
	CHECK("no level", fails("a>", VOTE_ELEVEL));
	CHECK("text level", fails("a>x", VOTE_ELEVEL));
	CHECK("inf level", fails("a>inf", VOTE_ELEVEL));
	CHECK("=", fails("a=3", VOTE_EOP));
	CHECK("==", fails("a==3", VOTE_EOP));
	CHECK("=>", fails("a=>3", VOTE_EOP));
	CHECK("!=", fails("a!=3", VOTE_EOP));
	CHECK("<>", fails("a<>3", VOTE_ELEVEL));
	CHECK("|COL|<X", fails("|a|<3", VOTE_EOP));
	CHECK("|COL unclosed", fails("|a>3", VOTE_EABS));
	CHECK("COL|>X", fails("a|>3", VOTE_EABS));
	CHECK("messages", strlen(vote_strerror(VOTE_EOP)) > 0 && strlen(vote_strerror(99)) > 0);

	/* Boundaries, by the definitions of the operators. */
	CHECK("> at level", fires("a>2", 2) == 0 && fires("a>2", 2.001) == 1);
	CHECK(">= at level", fires("a>=2", 2) == 1 && fires("a>=2", 1.999) == 0);
	CHECK("< at level", fires("a<2", 2) == 0 && fires("a<2", 1.999) == 1);
	CHECK("<= at level", fires("a<=2", 2) == 1 && fires("a<=2", 2.001) == 0);
	CHECK("|>| both tails", fires("|a|>2", -2.5) == 1 && fires("|a|>2", 2.5) == 1 &&
				      fires("|a|>2", -2) == 0);
	CHECK("|>=| both tails", fires("|a|>=2", -2) == 1 && fires("|a|>=2", 1.9) == 0);
	CHECK("flag nonzero", fires("f", 1) == 1 && fires("f", -0.5) == 1 && fires("f", 0) == 0);

	/* Every syntax in the help table parses as what it names. */
	for (i = 0; vote_syntax_at(i) != NULL; i++) {
		const char *s = vote_syntax_at(i)->syntax;
		char rule[32];
		vote_rule r;

		snprintf(rule, sizeof rule, "%s", s);
		if (strchr(rule, 'X'))
			*strchr(rule, 'X') = '1';
		CHECK("help syntax parses", vote_parse(rule, strlen(rule), &r) == VOTE_OK &&
						    strcmp(r.col, "COL") == 0);
		vote_rule_free(&r);
	}
	CHECK("help lists 7 syntaxes", i == 7);

	vote_tally(fired, NULL, 4, &count, &share);
	CHECK("unweighted count", count == 2);
	CHECK_NEAR("unweighted share 2/4", share, 0.5, 1e-15);
	vote_tally(fired, w, 4, &count, &share);
	CHECK_NEAR("weighted share (3+1)/6", share, 4.0 / 6, 1e-15);
	vote_tally(fired, zero, 2, &count, &share);
	CHECK("zero weights: share 0", share == 0 && count == 1);
	n = 0;
	vote_tally(fired, NULL, n, &count, &share);
	CHECK("no signals", count == 0 && share == 0);
	CHECK("reaches", vote_reaches(0.5, 0.5) && vote_reaches(0.1 + 0.2, 0.3) &&
				 !vote_reaches(0.49, 0.5));
	return check_status();
}
