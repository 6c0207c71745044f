/*
 * threshold - from a score to alert state, severity and incidents, per group.
 */
#include "alert.h"
#include "cli.h"
#include "cols.h"
#include "num.h"
#include "quant.h"
#include "ts.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char usage[] =
	"Usage: threshold -c COL (--above X | --below X | --quantile Q | --tiers ...)\n"
	"                 [OPTIONS] [FILE...]\n"
	"Append alert (0/1) and severity: the alert state of the score column COL, row\n"
	"by row, per group; or, with --events or --json, one record per incident.\n"
	"FILEs (or stdin) are CSV or TSV, maybe gzip.\n"
	"\n"
	"  -c, --columns COL    the score column (one)\n"
	"      --above X        the condition: the score is above X\n"
	"      --below X        the condition: the score is below X\n"
	"      --quantile Q     the level is the Q-quantile of the group's first scores\n"
	"                       (a P-squared estimate); above it for Q >= 0.5, below it\n"
	"                       for Q < 0.5; no alert while learning\n"
	"      --train-rows N|DUR  learn the level from the first N scores, or those of\n"
	"                       the first DUR, of each group [100]\n"
	"      --recover X      while firing, a score is normal again only when it is not\n"
	"                       beyond X (hysteresis) [the level]\n"
	"      --tiers NAME=X,...  severity tiers: severity is the most severe tier the\n"
	"                       score is beyond; without a level, the alert level is the\n"
	"                       least severe tier\n"
	"      --for N|DUR      the condition must hold for N rows, or from its first row\n"
	"                       for DUR, before the alert fires [1]\n"
	"      --clear N|DUR    normal for N rows, or from the first normal row for DUR,\n"
	"                       before the alert resolves [1]\n"
	"      --cooldown N|DUR after it resolves, the alert does not fire again for N\n"
	"                       rows or DUR [0]\n"
	"      --suppress FILE  windows where nothing fires: CSV start,end[,group][,reason]\n"
	"                       (a header line is optional)\n"
	"      --events         one row per incident: group, start, end, duration, rows,\n"
	"                       peak, severity, why, suppressed, reason\n"
	"      --json           one Alertmanager v2 alert per incident per line\n"
	"      --name NAME      the alertname label of --json [adkit]\n"
	"      --why COL        column that says why a row scored [vote_why, if present]\n"
	"      --exit-status    exit 0 if an alert fired, 1 if none\n"
	"  -t, --time COL       time column: epoch seconds or ISO 8601 [timestamp, time, ts\n"
	"                       or date, if present]\n"
	"  -g, --group LIST     keep separate state for each distinct value of these columns\n"
	"  -d, --delimiter C    field delimiter: a character, or 'tab' [detected from header]\n"
	"      --no-header      the first line is data; columns are named 1..N\n"
	"      --precision N    significant digits of the numbers written [6]\n"
	"      --strict         a value that is not a number is an error (exit 65) [warn, and\n"
	"                       treat it as missing]\n"
	"  -h, --help           show this help\n"
	"  -V, --version        show the version\n"
	"\n"
	"Durations are 90s, 5m, 1h, 1d, 1w and need the time column.  A row whose score\n"
	"(or time) is missing leaves the state alone and gets empty alert and severity.\n"
	"\n"
	"Example:\n"
	"  threshold -c vote_score --above 0.5 --for 5m --clear 10m -g host --json\n";

enum {
	OPT_ABOVE = CLI_OPT_FIRST_TOOL,
	OPT_BELOW,
	OPT_QUANTILE,
	OPT_TRAIN,
	OPT_RECOVER,
	OPT_TIERS,
	OPT_FOR,
	OPT_CLEAR,
	OPT_COOLDOWN,
	OPT_SUPPRESS,
	OPT_EVENTS,
	OPT_JSON,
	OPT_NAME,
	OPT_WHY,
	OPT_EXIT_STATUS
};

static const struct option longopts[] = {
	{"above", required_argument, NULL, OPT_ABOVE},
	{"below", required_argument, NULL, OPT_BELOW},
	{"quantile", required_argument, NULL, OPT_QUANTILE},
	{"train-rows", required_argument, NULL, OPT_TRAIN},
	{"recover", required_argument, NULL, OPT_RECOVER},
	{"tiers", required_argument, NULL, OPT_TIERS},
	{"for", required_argument, NULL, OPT_FOR},
	{"clear", required_argument, NULL, OPT_CLEAR},
	{"cooldown", required_argument, NULL, OPT_COOLDOWN},
	{"suppress", required_argument, NULL, OPT_SUPPRESS},
	{"events", no_argument, NULL, OPT_EVENTS},
	{"json", no_argument, NULL, OPT_JSON},
	{"name", required_argument, NULL, OPT_NAME},
	{"why", required_argument, NULL, OPT_WHY},
	{"exit-status", no_argument, NULL, OPT_EXIT_STATUS},
	CLI_COMMON_LONGOPTS,
	{NULL, 0, NULL, 0},
};

/* A growable byte string. */
typedef struct {
	char *p;
	size_t n, cap;
} str;

static void
str_reserve(str *s, size_t n)
{
	if (n <= s->cap)
		return;
	s->cap = n * 2 + 16;
	s->p = realloc(s->p, s->cap);
	if (s->p == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
}

static void
str_set(str *s, const char *p, size_t n)
{
	str_reserve(s, n + 1);
	memcpy(s->p, p, n);
	s->n = n;
	s->p[n] = '\0';
}

static void
str_add(str *s, const char *p, size_t n)
{
	str_reserve(s, s->n + n + 1);
	memcpy(s->p + s->n, p, n);
	s->n += n;
	s->p[s->n] = '\0';
}

static void
str_adds(str *s, const char *p)
{
	str_add(s, p, strlen(p));
}

/* Per group. */
typedef struct {
	alert *a;
	quant *q;         /* learning the level (--quantile); NULL once learned */
	double train_t0;  /* time of the first training score */
	double level;     /* the level in use */
	str *vals;        /* the -g values */
	str key;          /* the -g values joined by commas (suppression windows) */
	str start;        /* time (or line) of the onset of the run or piece */
	str why;          /* why text of the peak row */
} group;

/* Tiers, sorted least to most severe once the direction is known. */
typedef struct {
	char *name;
	double x;
} tier;

static struct {
	cli_common common;
	int below, events, json, exit_status;
	double level, recover, q;
	int have_recover;
	cli_span for_, clear, cool, train;
	const char *suppress, *name, *whycol;
	tier *tiers;
	size_t ntiers;
} opt;

static int
tier_cmp_up(const void *a, const void *b)
{
	double x = ((const tier *)a)->x, y = ((const tier *)b)->x;

	return x < y ? -1 : x > y;
}

static int
tier_cmp_down(const void *a, const void *b)
{
	return tier_cmp_up(b, a);
}

static void
parse_tiers(const char *arg)
{
	const char *p = arg;
	size_t i;

	for (;;) {
		const char *comma = strchr(p, ','), *eq;
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		tier *t;

		eq = memchr(p, '=', len);
		if (eq == NULL || eq == p)
			cli_usage("--tiers: '%.*s' is not NAME=LEVEL (e.g. --tiers notify=3,page=5)",
				  (int)len, p);
		for (i = 0; p + i < eq; i++)
			if (!(p[i] == '_' || p[i] == '-' || p[i] == '.' ||
			      (p[i] >= '0' && p[i] <= '9') || (p[i] >= 'a' && p[i] <= 'z') ||
			      (p[i] >= 'A' && p[i] <= 'Z')))
				cli_usage("--tiers: bad tier name '%.*s' (letters, digits, '_', '-', '.')",
					  (int)(eq - p), p);
		opt.tiers = realloc(opt.tiers, (opt.ntiers + 1) * sizeof *opt.tiers);
		if (opt.tiers == NULL)
			cli_die(EX_SOFTWARE, "out of memory");
		t = &opt.tiers[opt.ntiers];
		if (num_parse(eq + 1, len - (size_t)(eq + 1 - p), &t->x) != NUM_OK)
			cli_usage("--tiers: '%.*s': the level is not a number", (int)len, p);
		t->name = strndup(p, (size_t)(eq - p));
		if (t->name == NULL)
			cli_die(EX_SOFTWARE, "out of memory");
		for (i = 0; i < opt.ntiers; i++) {
			if (strcmp(opt.tiers[i].name, t->name) == 0)
				cli_usage("--tiers: tier '%s' given twice", t->name);
			if (opt.tiers[i].x == t->x)
				cli_usage("--tiers: tiers '%s' and '%s' have the same level",
					  opt.tiers[i].name, t->name);
		}
		opt.ntiers++;
		if (comma == NULL)
			break;
		p = comma + 1;
	}
}

/* ---- suppression windows ---- */

static _Noreturn void
die_windows(const char *file, rows_reader *r)
{
	int err = rows_errcode(r);

	if (err == ROWS_EFIELDS) {
		size_t want, got;

		rows_field_counts(r, &want, &got);
		cli_die(EX_DATAERR, "%s:%lld: expected %zu fields (as on the first line), found %zu",
			file, rows_line(r), want, got);
	}
	cli_die(err == ROWS_EIO ? EX_IOERR : err == ROWS_ENOMEM ? EX_SOFTWARE : EX_DATAERR,
		"%s:%lld: %s", file, rows_line(r), rows_strerror(err));
}

/* Read start,end[,group][,reason] lines; a first line whose start is not a
 * time is a header. */
static alert_windows *
load_windows(const char *file, int grouped)
{
	alert_windows *w = alert_windows_new();
	int fd = open(file, O_RDONLY), err, rc, first = 1, warned = 0;
	rows_reader *r;
	char reason[1024];

	if (w == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	if (fd < 0)
		cli_die(EX_NOINPUT, "--suppress: cannot open '%s': %s", file, strerror(errno));
	r = rows_reader_new(fd, 0, ROWS_NO_HEADER, &err);
	if (r == NULL) {
		close(fd);
		if (err == ROWS_ENOHDR)
			return w; /* an empty file: no windows */
		cli_die(err == ROWS_EIO ? EX_IOERR : EX_DATAERR, "%s:1: %s", file, rows_strerror(err));
	}
	while ((rc = rows_read(r)) == 1) {
		size_t n;
		const rows_field *f = rows_fields(r, &n);
		double start, end;

		if (n < 2 || n > 4)
			cli_die(EX_DATAERR, "%s:%lld: expected start,end[,group][,reason], found %zu "
				"field%s", file, rows_line(r), n, n == 1 ? "" : "s");
		if (ts_parse(f[0].p, f[0].n, &start) < 0) {
			if (first) {
				first = 0;
				continue; /* a header */
			}
			cli_die(EX_DATAERR, "%s:%lld: start: not a time: '%.*s'", file, rows_line(r),
				(int)f[0].n, f[0].p);
		}
		first = 0;
		if (ts_parse(f[1].p, f[1].n, &end) < 0)
			cli_die(EX_DATAERR, "%s:%lld: end: not a time: '%.*s'", file, rows_line(r),
				(int)f[1].n, f[1].p);
		if (end < start)
			cli_die(EX_DATAERR, "%s:%lld: the window ends before it starts", file,
				rows_line(r));
		if (n > 2 && f[2].n > 0 && !grouped && !warned++)
			cli_warn("%s:%lld: a window for group '%.*s', but no -g: it applies to no row",
				 file, rows_line(r), (int)f[2].n, f[2].p);
		snprintf(reason, sizeof reason, "%.*s", n > 3 ? (int)f[3].n : 0, n > 3 ? f[3].p : "");
		if (alert_windows_add(w, start, end, n > 2 ? f[2].p : NULL, n > 2 ? f[2].n : 0,
				      reason) < 0)
			cli_die(EX_SOFTWARE, "out of memory");
	}
	if (rc < 0)
		die_windows(file, r);
	rows_reader_free(r);
	close(fd);
	return w;
}

/* ---- incidents ---- */

/* t as RFC 3339 UTC, milliseconds when t has a fraction. */
static void
rfc3339(char *buf, size_t size, double t)
{
	double sec = floor(t);
	long ms = lround((t - sec) * 1000);
	time_t tt;
	struct tm tm;

	if (ms == 1000) {
		sec += 1;
		ms = 0;
	}
	tt = (time_t)sec;
	gmtime_r(&tt, &tm);
	if (ms)
		snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", tm.tm_year + 1900,
			 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ms);
	else
		snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
			 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

static void
json_string(str *s, const char *p, size_t n)
{
	size_t i;
	char esc[8];

	str_add(s, "\"", 1);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];

		if (c == '"' || c == '\\') {
			esc[0] = '\\';
			esc[1] = (char)c;
			str_add(s, esc, 2);
		} else if (c == '\n') {
			str_add(s, "\\n", 2);
		} else if (c == '\t') {
			str_add(s, "\\t", 2);
		} else if (c == '\r') {
			str_add(s, "\\r", 2);
		} else if (c < 0x20 || c == 0x7f) {
			snprintf(esc, sizeof esc, "\\u%04x", c);
			str_add(s, esc, 6);
		} else {
			str_add(s, (const char *)&c, 1);
		}
	}
	str_add(s, "\"", 1);
}

typedef struct {
	rows_writer *out;
	cli_in *in;
	alert_windows *win;
	const rows_field *gnames;
	size_t ng;
	const char *score;
	int use_time;
	str line;
} sink;

static void
emit_events(sink *k, const group *g, const alert_incident *inc, const char *end, size_t endn)
{
	size_t i;
	int prec = opt.common.precision;

	for (i = 0; i < k->ng; i++)
		rows_put_field(k->out, g->vals[i].p, g->vals[i].n);
	rows_put_field(k->out, g->start.p, g->start.n);
	rows_put_field(k->out, end, endn);
	if (!inc->open && k->use_time)
		rows_put_num(k->out, inc->end - inc->start, prec);
	else
		rows_put_empty(k->out);
	{
		char num[32];

		snprintf(num, sizeof num, "%llu", inc->rows);
		rows_put_str(k->out, num);
	}
	rows_put_num(k->out, inc->peak, prec);
	rows_put_str(k->out, inc->tier >= 0 ? opt.tiers[inc->tier].name : "");
	rows_put_field(k->out, g->why.p ? g->why.p : "", g->why.n);
	rows_put_str(k->out, inc->supp ? "1" : "0");
	rows_put_str(k->out, inc->supp ? alert_windows_reason(k->win, inc->supp) : "");
	cli_out_end(k->out);
}

static void
emit_json(sink *k, const group *g, const alert_incident *inc)
{
	str *s = &k->line;
	size_t i;
	char buf[64];
	int prec = opt.common.precision;

	if (inc->supp)
		return; /* nothing fires inside a window */
	s->n = 0;
	str_adds(s, "{\"labels\":{\"alertname\":");
	json_string(s, opt.name, strlen(opt.name));
	for (i = 0; i < k->ng; i++) {
		str_adds(s, ",");
		json_string(s, k->gnames[i].p, k->gnames[i].n);
		str_adds(s, ":");
		json_string(s, g->vals[i].p, g->vals[i].n);
	}
	if (inc->tier >= 0) {
		str_adds(s, ",\"severity\":");
		json_string(s, opt.tiers[inc->tier].name, strlen(opt.tiers[inc->tier].name));
	}
	str_adds(s, "},\"annotations\":{\"summary\":");
	{
		str sum = {0};
		char lv[32], pk[32];

		lv[num_format(lv, g->level, prec)] = '\0';
		pk[num_format(pk, inc->peak, prec)] = '\0';
		str_adds(&sum, k->score);
		str_adds(&sum, opt.below ? " below " : " above ");
		str_adds(&sum, lv);
		str_adds(&sum, ", peak ");
		str_adds(&sum, pk);
		json_string(s, sum.p, sum.n);
		free(sum.p);
	}
	if (g->why.n > 0) {
		str_adds(s, ",\"why\":");
		json_string(s, g->why.p, g->why.n);
	}
	str_adds(s, "},\"startsAt\":\"");
	rfc3339(buf, sizeof buf, inc->start);
	str_adds(s, buf);
	str_adds(s, "\"");
	if (!inc->open) {
		str_adds(s, ",\"endsAt\":\"");
		rfc3339(buf, sizeof buf, inc->end);
		str_adds(s, buf);
		str_adds(s, "\"");
	}
	str_adds(s, "}");
	rows_put_raw(k->out, s->p, s->n);
	cli_out_end(k->out);
}

static void
emit(sink *k, const group *g, const alert_incident *inc, const char *end, size_t endn)
{
	if (opt.events)
		emit_events(k, g, inc, end, endn);
	else if (opt.json)
		emit_json(k, g, inc);
}

static void
events_header(sink *k)
{
	static const char *const names[] = {"start", "end",	 "duration",   "rows",  "peak",
					    "severity", "why", "suppressed", "reason"};
	size_t i;

	if (opt.common.no_header)
		return;
	for (i = 0; i < k->ng; i++)
		rows_put_field(k->out, k->gnames[i].p, k->gnames[i].n);
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		rows_put_str(k->out, names[i]);
	cli_out_end(k->out);
}

/* ---- options ---- */

static int
is_duration(const cli_span *s)
{
	return s->sec > 0;
}

static void
parse_options(int argc, char **argv)
{
	int c, levels = 0;

	cli_common_init(&opt.common);
	opt.train.count = 100;
	opt.name = "adkit";
	opt.q = -1;
	while ((c = getopt_long(argc, argv, CLI_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
		if (cli_common_opt(&opt.common, c, optarg))
			continue;
		switch (c) {
		case OPT_ABOVE:
		case OPT_BELOW:
			opt.level = cli_num(c == OPT_ABOVE ? "--above" : "--below", optarg, -HUGE_VAL,
					    HUGE_VAL);
			opt.below = c == OPT_BELOW;
			levels++;
			break;
		case OPT_QUANTILE:
			opt.q = cli_num("--quantile", optarg, 0, 1);
			opt.below = opt.q < 0.5;
			levels++;
			break;
		case OPT_TRAIN:
			cli_span_parse("--train-rows", optarg, &opt.train);
			if (opt.train.sec == 0 && opt.train.count < 1)
				cli_usage("--train-rows: at least 1 row");
			break;
		case OPT_RECOVER:
			opt.recover = cli_num("--recover", optarg, -HUGE_VAL, HUGE_VAL);
			opt.have_recover = 1;
			break;
		case OPT_TIERS:
			parse_tiers(optarg);
			break;
		case OPT_FOR:
			cli_span_parse("--for", optarg, &opt.for_);
			break;
		case OPT_CLEAR:
			cli_span_parse("--clear", optarg, &opt.clear);
			break;
		case OPT_COOLDOWN:
			cli_span_parse("--cooldown", optarg, &opt.cool);
			break;
		case OPT_SUPPRESS:
			opt.suppress = optarg;
			break;
		case OPT_EVENTS:
			opt.events = 1;
			break;
		case OPT_JSON:
			opt.json = 1;
			break;
		case OPT_NAME:
			opt.name = optarg;
			break;
		case OPT_WHY:
			opt.whycol = optarg;
			break;
		case OPT_EXIT_STATUS:
			opt.exit_status = 1;
			break;
		case 'h':
			cli_help(usage);
		case 'V':
			cli_version();
		default:
			cli_usage("unknown option");
		}
	}
	if (levels > 1)
		cli_usage("give one of --above, --below and --quantile");
	if (levels == 0 && opt.ntiers == 0)
		cli_usage("no level: give --above X, --below X, --quantile Q or --tiers");
	if (opt.common.columns == NULL)
		cli_usage("-c: name the score column");
	if (opt.events && opt.json)
		cli_usage("--events and --json are two outputs: give one");
	if (opt.have_recover && opt.q >= 0)
		cli_usage("--recover: a fixed recovery level does not go with a learned one "
			  "(--quantile)");
	if (opt.ntiers > 0) {
		qsort(opt.tiers, opt.ntiers, sizeof *opt.tiers, opt.below ? tier_cmp_down : tier_cmp_up);
		if (levels == 0)
			opt.level = opt.tiers[0].x;
	}
	if (!opt.have_recover)
		opt.recover = opt.level;
	else if (opt.below ? opt.recover < opt.level : opt.recover > opt.level)
		cli_usage("--recover: %g is beyond the level %g: the alert could not resolve",
			  opt.recover, opt.level);
}

static void
free_tiers(void)
{
	size_t i;

	for (i = 0; i < opt.ntiers; i++)
		free(opt.tiers[i].name);
	free(opt.tiers);
}

static void
new_group(group *g, cli_in *in, const size_t *gcols, size_t ng)
{
	alert_opts ao;
	size_t i, nf;
	const rows_field *f = cli_in_fields(in, &nf);
	double *levels = NULL;

	memset(g, 0, sizeof *g);
	memset(&ao, 0, sizeof ao);
	ao.below = opt.below;
	ao.level = opt.level;
	ao.recover = opt.recover;
	ao.for_rows = opt.for_.count;
	ao.for_sec = opt.for_.sec;
	ao.clear_rows = opt.clear.count;
	ao.clear_sec = opt.clear.sec;
	ao.cool_rows = opt.cool.count;
	ao.cool_sec = opt.cool.sec;
	if (opt.ntiers > 0) {
		levels = malloc(opt.ntiers * sizeof *levels);
		if (levels == NULL)
			cli_die(EX_SOFTWARE, "out of memory");
		for (i = 0; i < opt.ntiers; i++)
			levels[i] = opt.tiers[i].x;
	}
	ao.tiers = levels;
	ao.ntiers = opt.ntiers;
	g->a = alert_new(&ao);
	free(levels);
	if (g->a == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	g->level = opt.level;
	if (opt.q >= 0 && (g->q = quant_new(opt.q)) == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	g->vals = calloc(ng + 1, sizeof *g->vals);
	if (g->vals == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	str_set(&g->key, "", 0);
	for (i = 0; i < ng; i++) {
		str_set(&g->vals[i], f[gcols[i]].p, f[gcols[i]].n);
		if (i)
			str_add(&g->key, ",", 1);
		str_add(&g->key, f[gcols[i]].p, f[gcols[i]].n);
	}
}

static void
free_group(group *g, size_t ng)
{
	size_t i;

	alert_free(g->a);
	quant_free(g->q);
	for (i = 0; i < ng; i++)
		free(g->vals[i].p);
	free(g->vals);
	free(g->key.p);
	free(g->start.p);
	free(g->why.p);
}

/* Still learning the level?  Feeds x to the estimate while it is. */
static int
training(group *g, double t, double x)
{
	size_t n;

	if (g->q == NULL)
		return 0;
	n = quant_count(g->q);
	if (opt.train.sec > 0 ? n > 0 && t - g->train_t0 >= opt.train.sec
			      : (double)n >= opt.train.count) {
		g->level = quant_get(g->q);
		alert_set_level(g->a, g->level, g->level);
		quant_free(g->q);
		g->q = NULL;
		return 0;
	}
	if (n == 0)
		g->train_t0 = t;
	quant_add(g->q, x);
	return 1;
}

int
main(int argc, char **argv)
{
	cli_in *in;
	rows_writer *out;
	group *groups = NULL;
	size_t ngroups = 0, i, *gcols = NULL, ng = 0, nh;
	alert_windows *win = NULL;
	long tcol, whycol = -1;
	int need_time, any = 0, rc;
	sink k;
	char *names[2] = {"alert", "severity"};

	cli_init(argv[0]);
	parse_options(argc, argv);
	need_time = is_duration(&opt.for_) || is_duration(&opt.clear) || is_duration(&opt.cool) ||
		    (opt.q >= 0 && is_duration(&opt.train)) || opt.suppress || opt.json;
	if (opt.suppress)
		win = load_windows(opt.suppress, opt.common.group != NULL);

	in = cli_in_open(&opt.common, argv + optind, argc - optind,
			 CLI_COLS_ALL | (need_time ? CLI_NEED_TIME : 0));
	if (in == NULL) {
		alert_windows_free(win);
		free_tiers();
		return opt.exit_status ? 1 : EX_OK;
	}
	if (cli_in_ncols(in) != 1)
		cli_usage("-c: give one score column, not '%s'", opt.common.columns);
	memset(&k, 0, sizeof k);
	k.gnames = cli_in_header(in, &nh);
	if (opt.common.group) {
		char *bad = NULL;

		if (cols_select(opt.common.group, k.gnames, nh, &gcols, &ng, &bad) != COLS_OK)
			cli_die(EX_SOFTWARE, "out of memory"); /* cli_in_open checked the names */
		free(bad);
	}
	tcol = cli_in_time_col(in);
	if (opt.whycol)
		whycol = (long)cli_in_find(in, "--why", opt.whycol, strlen(opt.whycol));
	else
		whycol = cols_find(k.gnames, nh, "vote_why", 8);

	out = cli_out_open(in);
	k.out = out;
	k.in = in;
	k.win = win;
	k.ng = ng;
	k.use_time = tcol >= 0;
	k.score = strdup(cli_in_colname(in, 0));
	if (k.score == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	if (opt.events) {
		/* The group columns by name: rebuild the views in the header order. */
		rows_field *gn = malloc((ng + 1) * sizeof *gn);

		if (gn == NULL)
			cli_die(EX_SOFTWARE, "out of memory");
		for (i = 0; i < ng; i++)
			gn[i] = k.gnames[gcols[i]];
		k.gnames = gn;
		events_header(&k);
	} else if (opt.json) {
		rows_field *gn = malloc((ng + 1) * sizeof *gn);

		if (gn == NULL)
			cli_die(EX_SOFTWARE, "out of memory");
		for (i = 0; i < ng; i++)
			gn[i] = k.gnames[gcols[i]];
		k.gnames = gn;
		for (i = 0; i < ng; i++)
			if ((gn[i].n == 9 && memcmp(gn[i].p, "alertname", 9) == 0) ||
			    (gn[i].n == 8 && memcmp(gn[i].p, "severity", 8) == 0))
				cli_usage("-g: a group column named '%.*s' would clash with the label "
					  "of that name in --json", (int)gn[i].n, gn[i].p);
	} else {
		cli_out_header(in, out, names, 2);
	}

	while (cli_in_next(in, out)) {
		int added, have;
		size_t gi = cli_in_group(in, &added), nf;
		const rows_field *f = cli_in_fields(in, &nf);
		double x, t;
		char line[32];
		const char *tp = NULL;
		size_t tn = 0;
		alert_step st;
		alert_incident inc;
		long supp = 0;
		group *g;

		if (added) {
			group *ngs = realloc(groups, (ngroups + 1) * sizeof *ngs);

			if (ngs == NULL)
				cli_die(EX_SOFTWARE, "out of memory");
			groups = ngs;
			new_group(&groups[ngroups++], in, gcols, ng);
		}
		g = &groups[gi];
		have = cli_in_value(in, 0, &x);
		t = (double)cli_in_line(in);
		if (have && tcol >= 0)
			have = cli_in_time(in, &t);
		if (!have || training(g, t, x)) {
			if (!opt.events && !opt.json) {
				cli_out_row(in, out);
				if (have)
					rows_put_str(out, "0"); /* learning: no alert */
				else
					rows_put_empty(out);
				rows_put_empty(out);
				cli_out_end(out);
			}
			continue;
		}
		if (win)
			supp = alert_windows_find(win, t, g->key.p, g->key.n);
		alert_update(g->a, t, x, supp, &st, &inc);
		/* An incident's times: the time column's text, or the line number. */
		if (tcol >= 0) {
			tp = f[tcol].p;
			tn = f[tcol].n;
		} else if (st.closed || st.onset) {
			tn = (size_t)snprintf(line, sizeof line, "%lld", cli_in_line(in));
			tp = line;
		}
		if (st.closed)
			emit(&k, g, &inc, tp, tn);
		if (st.onset)
			str_set(&g->start, tp, tn);
		if (st.peak) {
			if (whycol >= 0)
				str_set(&g->why, f[whycol].p, f[whycol].n);
			else
				str_set(&g->why, "", 0);
		}
		if (st.firing && supp == 0)
			any = 1;
		if (!opt.events && !opt.json) {
			int on = st.firing && supp == 0;

			cli_out_row(in, out);
			rows_put_str(out, on ? "1" : "0");
			rows_put_str(out, on && st.tier >= 0 ? opt.tiers[st.tier].name : "");
			cli_out_end(out);
		}
	}
	for (i = 0; i < ngroups; i++) {
		alert_incident inc;

		if (alert_open(groups[i].a, &inc))
			emit(&k, &groups[i], &inc, "", 0);
	}
	cli_out_close(out);
	for (i = 0; i < ngroups; i++)
		free_group(&groups[i], ng);
	free(groups);
	free_tiers();
	free(gcols);
	if (opt.events || opt.json)
		free((void *)k.gnames);
	free((void *)k.score);
	free(k.line.p);
	alert_windows_free(win);
	rc = cli_in_close(in);
	if (rc == EX_OK && opt.exit_status)
		return any ? 0 : 1;
	return rc;
}
