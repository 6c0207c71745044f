/*
 * vote - fuse the signals of earlier filters into one decision per row.
 */
#include "cli.h"
#include "vote.h"

#include <stdlib.h>
#include <string.h>

static const char usage_head[] =
	"Usage: vote [OPTIONS] RULE... [FILE...]\n"
	"       vote -r RULE[,RULE...] [-r ...] [OPTIONS] [FILE...]\n"
	"Append vote_count, vote_score, vote_flag and vote_why: how many signals fire on\n"
	"the row, their weighted share (0..1), the decision (0/1), and the signals that\n"
	"fired with their values as read (cpu_zscore=4.2;iforest_score=0.71).  FILEs (or\n"
	"stdin) are CSV or TSV, maybe gzip.\n"
	"\n"
	"An argument holding < or > is a rule, any other a file.\n"
	"\n"
	"  -r, --rule RULES     signals, comma-separated, the option repeatable (a flag\n"
	"                       column, a bare name, goes here):\n";

static const char usage_tail[] =
	"  -k, --min K          the row is flagged when at least K signals fire [a\n"
	"                       majority: floor(n/2)+1 of n]\n"
	"  -w, --weights W,...  one weight >= 0 per signal, in rule order: vote_score is\n"
	"                       the weighted share, and --confidence decides the flag\n"
	"      --confidence C   the row is flagged when vote_score >= C (0..1) [0.5 with\n"
	"                       --weights]\n"
	"      --prefix P       name the new columns P<name> [vote_]\n"
	"  -d, --delimiter C    field delimiter: a character, or 'tab' [detected from header]\n"
	"      --no-header      the first line is data; columns are named 1..N\n"
	"      --precision N    significant digits of vote_score [6]\n"
	"      --strict         a value that is not a number is an error (exit 65) [warn, and\n"
	"                       treat it as missing]\n"
	"  -h, --help           show this help\n"
	"  -V, --version        show the version\n"
	"\n"
	"A signal whose value is missing (empty, NaN, NA, null) or not a number does not\n"
	"fire.  -k and --weights/--confidence exclude each other.\n"
	"\n"
	"Example:\n"
	"  zscore -c cpu data.csv | vote -r 'cpu_zscore>3,|lat_zscore|>4,spike' -k 2\n"
	"  ... | vote 'value_zscore>4' 'value_cusum>5' -k 1\n";

enum { OPT_CONFIDENCE = CLI_OPT_FIRST_TOOL, OPT_PREFIX };

static const struct option longopts[] = {
	{"rule", required_argument, NULL, 'r'},
	{"min", required_argument, NULL, 'k'},
	{"weights", required_argument, NULL, 'w'},
	{"confidence", required_argument, NULL, OPT_CONFIDENCE},
	{"prefix", required_argument, NULL, OPT_PREFIX},
	CLI_COMMON_LONGOPTS,
	{NULL, 0, NULL, 0},
};

static _Noreturn void
help(void)
{
	size_t i, len = 0;
	const vote_syntax *s;
	static char buf[4096];

	len += (size_t)snprintf(buf + len, sizeof buf - len, "%s", usage_head);
	for (i = 0; (s = vote_syntax_at(i)) != NULL; i++)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%23s%-10s %s\n", "", s->syntax,
					s->meaning);
	snprintf(buf + len, sizeof buf - len, "%s", usage_tail);
	cli_help(buf);
}

static void *
xrealloc(void *p, size_t n)
{
	if ((p = realloc(p, n)) == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	return p;
}

/* Split a comma-separated list of rules and append them. */
static void
add_rules(const char *arg, vote_rule **rules, size_t *n)
{
	const char *p = arg, *comma;

	for (;;) {
		size_t len;
		int rc;

		comma = strchr(p, ',');
		len = comma ? (size_t)(comma - p) : strlen(p);
		*rules = xrealloc(*rules, (*n + 1) * sizeof **rules);
		rc = vote_parse(p, len, &(*rules)[*n]);
		if (rc == VOTE_ENOMEM)
			cli_die(EX_SOFTWARE, "out of memory");
		if (rc != VOTE_OK)
			cli_usage("-r: bad rule '%.*s': %s", (int)len, p, vote_strerror(rc));
		(*n)++;
		if (comma == NULL)
			break;
		p = comma + 1;
	}
}

static double *
parse_weights(const char *arg, size_t *n)
{
	double *w = NULL;
	const char *p = arg;
	char tmp[64];

	*n = 0;
	for (;;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);

		if (len >= sizeof tmp)
			cli_usage("-w: not a number: '%.*s'", (int)len, p);
		memcpy(tmp, p, len);
		tmp[len] = '\0';
		w = xrealloc(w, (*n + 1) * sizeof *w);
		w[(*n)++] = cli_num("-w", tmp, 0, 1e12);
		if (comma == NULL)
			break;
		p = comma + 1;
	}
	return w;
}

/* Append "name=value" to the why buffer. */
static void
why_add(char **buf, size_t *len, size_t *cap, const char *name, const rows_field *v)
{
	size_t nl = strlen(name), need = *len + nl + v->n + 3;
	const char *p = v->p;
	size_t n = v->n;

	while (n > 0 && (*p == ' ' || *p == '\t')) {
		p++;
		n--;
	}
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	if (need > *cap) {
		*cap = need * 2;
		*buf = xrealloc(*buf, *cap);
	}
	if (*len > 0)
		(*buf)[(*len)++] = ';';
	memcpy(*buf + *len, name, nl);
	*len += nl;
	(*buf)[(*len)++] = '=';
	memcpy(*buf + *len, p, n);
	*len += n;
}

int
main(int argc, char **argv)
{
	cli_common common;
	vote_rule *rules = NULL;
	size_t nrules = 0, nw = 0, nslots = 0, i, s;
	double *weights = NULL, confidence = -1;
	long k = -1;
	const char *prefix = "vote_";
	size_t *slot, *cols;
	int c;
	cli_in *in;
	rows_writer *out;
	char *names[4], *why = NULL, **slotname;
	size_t whycap = 0;
	unsigned char *fired, *slot_fired, *have;
	double *val;

	int a, nfiles = 0;

	cli_init(argv[0]);
	cli_common_init(&common);
	while ((c = getopt_long(argc, argv, "r:k:w:" CLI_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
		if (cli_common_opt(&common, c, optarg))
			continue;
		switch (c) {
		case 'r':
			add_rules(optarg, &rules, &nrules);
			break;
		case 'k':
			k = cli_int("-k", optarg, 1, 1000000);
			break;
		case 'w':
			free(weights);
			weights = parse_weights(optarg, &nw);
			break;
		case OPT_CONFIDENCE:
			confidence = cli_num("--confidence", optarg, 0, 1);
			break;
		case OPT_PREFIX:
			prefix = optarg;
			break;
		case 'h':
			help();
		case 'V':
			cli_version();
		default:
			cli_usage("unknown option");
		}
	}
	/* Arguments holding a comparison are rules, as in
	 * vote 'cpu_zscore>4' 'lat_zscore>4' -k 1; the others are input files.
	 * (A flag-column rule, a bare name, goes with -r.) */
	for (a = optind; a < argc; a++) {
		if (strpbrk(argv[a], "<>"))
			add_rules(argv[a], &rules, &nrules);
		else
			argv[optind + nfiles++] = argv[a];
	}
	if (common.columns || common.group || common.time)
		cli_usage("%s: the rules name the columns, and vote keeps no state over time or "
			  "groups", common.columns ? "-c" : common.group ? "-g" : "-t");
	if (nrules == 0)
		cli_usage("no rules: give the signals with -r, e.g. -r 'cpu_zscore>3,spike'");
	if (weights && nw != nrules)
		cli_usage("-w: %zu weight%s for %zu rule%s", nw, nw == 1 ? "" : "s", nrules,
			  nrules == 1 ? "" : "s");
	if (k > 0 && (weights || confidence >= 0))
		cli_usage("-k counts signals; --weights and --confidence weigh them: give one or "
			  "the other");
	if (k > (long)nrules)
		cli_usage("-k: %ld is more than the %zu rule%s", k, nrules, nrules == 1 ? "" : "s");
	if (weights) {
		double total = 0;

		for (i = 0; i < nw; i++)
			total += weights[i];
		if (!(total > 0))
			cli_usage("-w: at least one weight must be above 0");
	}
	if ((weights || confidence >= 0) && confidence < 0)
		confidence = 0.5;
	if (k < 0 && confidence < 0)
		k = (long)(nrules / 2 + 1);

	in = cli_in_open(&common, argv + optind, nfiles, CLI_COLS_ALL);
	if (in == NULL) {
		/* Empty input, empty output. */
		for (i = 0; i < nrules; i++)
			vote_rule_free(&rules[i]);
		free(rules);
		free(weights);
		return EX_OK;
	}
	/* One slot per distinct column, so that each value is read (and a bad one
	 * warned about) once per row whatever the number of rules on it. */
	slot = xrealloc(NULL, nrules * sizeof *slot);
	cols = xrealloc(NULL, nrules * sizeof *cols);
	for (i = 0; i < nrules; i++) {
		size_t col = cli_in_find(in, "-r", rules[i].col, strlen(rules[i].col));

		for (s = 0; s < nslots && cols[s] != col; s++)
			;
		if (s == nslots)
			cols[nslots++] = col;
		slot[i] = s;
	}
	cli_in_select(in, cols, nslots);
	slotname = xrealloc(NULL, nslots * sizeof *slotname);
	for (s = 0; s < nslots; s++)
		if ((slotname[s] = strdup(cli_in_colname(in, s))) == NULL)
			cli_die(EX_SOFTWARE, "out of memory");
	fired = xrealloc(NULL, nrules);
	slot_fired = xrealloc(NULL, nslots);
	have = xrealloc(NULL, nslots);
	val = xrealloc(NULL, nslots * sizeof *val);

	{
		static const char *const base[] = {"count", "score", "flag", "why"};

		for (i = 0; i < 4; i++) {
			names[i] = xrealloc(NULL, strlen(prefix) + strlen(base[i]) + 1);
			strcpy(names[i], prefix);
			strcat(names[i], base[i]);
		}
	}
	out = cli_out_open(in);
	cli_out_header(in, out, names, 4);

	while (cli_in_next(in, out)) {
		size_t nf, count, len = 0;
		const rows_field *f = cli_in_fields(in, &nf);
		double share;
		int flag;

		for (s = 0; s < nslots; s++) {
			have[s] = (unsigned char)cli_in_value(in, s, &val[s]);
			slot_fired[s] = 0;
		}
		for (i = 0; i < nrules; i++) {
			fired[i] = (unsigned char)(have[slot[i]] && vote_fires(&rules[i], val[slot[i]]));
			slot_fired[slot[i]] |= fired[i];
		}
		vote_tally(fired, weights, nrules, &count, &share);
		flag = confidence >= 0 ? vote_reaches(share, confidence) : count >= (size_t)k;
		for (s = 0; s < nslots; s++)
			if (slot_fired[s])
				why_add(&why, &len, &whycap, slotname[s], &f[cols[s]]);

		cli_out_row(in, out);
		{
			char num[32];

			snprintf(num, sizeof num, "%zu", count);
			rows_put_str(out, num);
		}
		rows_put_num(out, share, common.precision);
		rows_put_str(out, flag ? "1" : "0");
		rows_put_field(out, why ? why : "", len);
		cli_out_end(out);
	}
	cli_out_close(out);
	for (i = 0; i < nrules; i++)
		vote_rule_free(&rules[i]);
	for (i = 0; i < 4; i++)
		free(names[i]);
	free(rules);
	free(weights);
	for (s = 0; s < nslots; s++)
		free(slotname[s]);
	free(slotname);
	free(slot);
	free(cols);
	free(fired);
	free(slot_fired);
	free(have);
	free(val);
	free(why);
	return cli_in_close(in);
}
