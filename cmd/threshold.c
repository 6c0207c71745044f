/*
 * threshold - from a score to alert state, severity and incidents, per group.
 */
#include "alert.h"
#include "cli.h"
#include "cols.h"
#include "event.h"
#include "num.h"
#include "quant.h"
#include "suppress.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

/* A byte string that grows. */
typedef struct {
	char *p;
	size_t n, cap;
} str;

static void
str_set(str *s, const char *p, size_t n)
{
	if (n + 1 > s->cap) {
		s->cap = 2 * n + 16;
		if ((s->p = realloc(s->p, s->cap)) == NULL)
			cli_die(EX_SOFTWARE, "out of memory");
	}
	memcpy(s->p, p, n);
	s->n = n;
	s->p[n] = '\0';
}

/* Per group. */
typedef struct {
	alert *a;
	quant *q;         /* learning the level (--quantile); NULL once learned */
	double train_t0;  /* time of the first training score */
	double level;     /* the level in use */
	rows_field *vals; /* the -g values, views into key */
	char *key;        /* the -g values joined by commas (suppression windows) */
	size_t keyn;
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

static suppress *
load_windows(const char *file, int grouped)
{
	suppress *w = suppress_new();
	suppress_info in;
	int fd = open(file, O_RDONLY), rc, code = EX_DATAERR;
	char msg[2048];

	if (w == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	if (fd < 0)
		cli_die(EX_NOINPUT, "--suppress: cannot open '%s': %s", file, strerror(errno));
	rc = suppress_read(w, fd, &in);
	close(fd);
	if (rc == SUPPRESS_OK) {
		if (in.group_line > 0 && !grouped)
			cli_warn("%s:%lld: a window for group '%.*s', but no -g: it applies to no row",
				 file, in.group_line, (int)in.group_n, in.group);
		return w;
	}
	/* The message first: its text lives in w, freed before exiting. */
	if (rc == SUPPRESS_ENOMEM) {
		code = EX_SOFTWARE;
		snprintf(msg, sizeof msg, "out of memory");
	} else if (rc == SUPPRESS_EROWS && in.rows == ROWS_EFIELDS) {
		snprintf(msg, sizeof msg, "%s:%lld: expected %zu fields (as on the first line), "
			 "found %zu", file, in.line, in.want, in.got);
	} else if (rc == SUPPRESS_EROWS) {
		code = in.rows == ROWS_EIO ? EX_IOERR : in.rows == ROWS_ENOMEM ? EX_SOFTWARE
									 : EX_DATAERR;
		snprintf(msg, sizeof msg, "%s:%lld: %s", file, in.line, rows_strerror(in.rows));
	} else if (rc == SUPPRESS_ENFIELDS) {
		snprintf(msg, sizeof msg, "%s:%lld: expected start,end[,group][,reason], found %zu "
			 "field%s", file, in.line, in.got, in.got == 1 ? "" : "s");
	} else if (rc == SUPPRESS_ESTART || rc == SUPPRESS_EEND) {
		snprintf(msg, sizeof msg, "%s:%lld: %s: not a time: '%.*s'", file, in.line,
			 rc == SUPPRESS_ESTART ? "start" : "end", (int)in.n, in.value);
	} else if (rc == SUPPRESS_EORDER) {
		snprintf(msg, sizeof msg, "%s:%lld: the window ends before it starts", file, in.line);
	} else {
		code = EX_SOFTWARE;
		snprintf(msg, sizeof msg, "%s: internal error %d reading the windows", file, rc);
	}
	suppress_free(w);
	cli_die(code, "%s", msg);
}

/* ---- incidents ---- */

typedef struct {
	rows_writer *out;
	event *ev;
	suppress *win;
} sink;

/* Write the incident (piece) inc of group g that ended at the time text end. */
static void
emit(sink *k, const group *g, const alert_incident *inc, const char *end, size_t endn)
{
	event_rec r;
	const rows_field *f;
	const char *line;
	size_t i, n;

	if (k->ev == NULL || (opt.json && inc->supp))
		return; /* no incidents asked for; nothing fires inside a window */
	memset(&r, 0, sizeof r);
	r.inc = inc;
	r.vals = g->vals;
	r.start.p = g->start.p ? g->start.p : "";
	r.start.n = g->start.n;
	r.end.p = end;
	r.end.n = endn;
	r.why.p = g->why.p;
	r.why.n = g->why.n;
	r.level = g->level;
	r.reason = suppress_reason(k->win, inc->supp);
	if (opt.events) {
		if ((n = event_row(k->ev, &r, &f)) == 0)
			cli_die(EX_SOFTWARE, "out of memory");
		for (i = 0; i < n; i++)
			rows_put_field(k->out, f[i].p, f[i].n);
	} else {
		if ((line = event_json(k->ev, &r, &n)) == NULL)
			cli_die(EX_SOFTWARE, "out of memory");
		rows_put_raw(k->out, line, n);
	}
	cli_out_end(k->out);
}

/* The incident writer, and the --events header. */
static event *
open_events(rows_writer *out, const rows_field *hdr, const size_t *gcols, size_t ng,
	    const char *score, int timed)
{
	event_opts eo;
	rows_field *gn = calloc(ng + 1, sizeof *gn);
	const char **tiers = calloc(opt.ntiers + 1, sizeof *tiers);
	const rows_field *f;
	event *ev;
	size_t i, n;

	if (gn == NULL || tiers == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	for (i = 0; i < ng; i++)
		gn[i] = hdr[gcols[i]];
	for (i = 0; i < opt.ntiers; i++)
		tiers[i] = opt.tiers[i].name;
	memset(&eo, 0, sizeof eo);
	eo.name = opt.name;
	eo.score = score;
	eo.below = opt.below;
	eo.precision = opt.common.precision;
	eo.timed = timed;
	eo.tiers = tiers;
	eo.ntiers = opt.ntiers;
	eo.groups = gn;
	eo.ngroups = ng;
	if (opt.json)
		for (i = 0; i < ng; i++)
			if ((gn[i].n == 9 && memcmp(gn[i].p, "alertname", 9) == 0) ||
			    (gn[i].n == 8 && memcmp(gn[i].p, "severity", 8) == 0))
				cli_usage("-g: a group column named '%.*s' would clash with the label "
					  "of that name in --json", (int)gn[i].n, gn[i].p);
	if ((ev = event_new(&eo)) == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	free(gn);
	free(tiers);
	if (opt.events && !opt.common.no_header) {
		n = event_header(ev, &f);
		for (i = 0; i < n; i++)
			rows_put_field(out, f[i].p, f[i].n);
		cli_out_end(out);
	}
	return ev;
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
	size_t i, nf, len;
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
	/* One buffer holds the values joined by commas; vals are views into it. */
	for (i = 0, len = 0; i < ng; i++)
		len += f[gcols[i]].n + 1;
	g->vals = calloc(ng + 1, sizeof *g->vals);
	g->key = malloc(len + 1);
	if (g->vals == NULL || g->key == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	for (i = 0, len = 0; i < ng; i++) {
		if (i)
			g->key[len++] = ',';
		memcpy(g->key + len, f[gcols[i]].p, f[gcols[i]].n);
		g->vals[i].p = g->key + len;
		g->vals[i].n = f[gcols[i]].n;
		len += f[gcols[i]].n;
	}
	g->keyn = len;
}

static void
free_group(group *g)
{
	alert_free(g->a);
	quant_free(g->q);
	free(g->vals);
	free(g->key);
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
	const rows_field *hdr;
	long tcol, whycol = -1;
	int need_time, any = 0, rc;
	sink k;
	char *names[2] = {"alert", "severity"};

	cli_init(argv[0]);
	parse_options(argc, argv);
	need_time = is_duration(&opt.for_) || is_duration(&opt.clear) || is_duration(&opt.cool) ||
		    (opt.q >= 0 && is_duration(&opt.train)) || opt.suppress || opt.json;
	memset(&k, 0, sizeof k);
	if (opt.suppress)
		k.win = load_windows(opt.suppress, opt.common.group != NULL);

	in = cli_in_open(&opt.common, argv + optind, argc - optind,
			 CLI_COLS_ALL | (need_time ? CLI_NEED_TIME : 0));
	if (in == NULL) {
		suppress_free(k.win);
		free_tiers();
		return opt.exit_status ? 1 : EX_OK;
	}
	if (cli_in_ncols(in) != 1)
		cli_usage("-c: give one score column, not '%s'", opt.common.columns);
	hdr = cli_in_header(in, &nh);
	if (opt.common.group) {
		char *bad = NULL;

		if (cols_select(opt.common.group, hdr, nh, &gcols, &ng, &bad) != COLS_OK)
			cli_die(EX_SOFTWARE, "out of memory"); /* cli_in_open checked the names */
		free(bad);
	}
	tcol = cli_in_time_col(in);
	if (opt.whycol)
		whycol = (long)cli_in_find(in, "--why", opt.whycol, strlen(opt.whycol));
	else
		whycol = cols_find(hdr, nh, "vote_why", 8);

	out = cli_out_open(in);
	k.out = out;
	if (opt.events || opt.json)
		k.ev = open_events(out, hdr, gcols, ng, cli_in_colname(in, 0), tcol >= 0);
	else
		cli_out_header(in, out, names, 2);

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
			if (k.ev == NULL) {
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
		if (k.win)
			supp = suppress_find(k.win, t, g->key, g->keyn);
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
		if (k.ev == NULL) {
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
		free_group(&groups[i]);
	free(groups);
	free_tiers();
	free(gcols);
	event_free(k.ev);
	suppress_free(k.win);
	rc = cli_in_close(in);
	if (rc == EX_OK && opt.exit_status)
		return any ? 0 : 1;
	return rc;
}
