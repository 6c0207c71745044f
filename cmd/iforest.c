/*
 * iforest - isolation forest: score rows by how easily random splits of the
 * selected columns isolate them.
 *
 * Without --model the forest is fitted on the training rows before any row
 * is written: the whole input (spooled to an unlinked temporary file while
 * the trees' samples are drawn), or the first --train-rows rows (spooled,
 * then the rest scored as they stream).
 */
#include "blob.h"
#include "cli.h"
#include "cols.h"
#include "iforest.h"
#include "spool.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
	"Usage: iforest [OPTIONS] [FILE...]\n"
	"Append iforest_score: how easily random splits isolate the row from the\n"
	"others, in (0, 1], higher = more anomalous (Isolation Forest).  The forest is\n"
	"fitted on the whole input before any row is written (rows are spooled to a\n"
	"temporary file in $TMPDIR), or on the first --train-rows rows, or loaded with\n"
	"--model.  FILEs (or stdin) are CSV or TSV, maybe gzip.\n"
	"\n"
	"  -n, --trees N          number of trees [100]\n"
	"  -s, --sample-size N    rows sampled for each tree (psi) [256]\n"
	"      --extended         Extended Isolation Forest: random hyperplane splits\n"
	"      --seed S           seed of the random choices [0]\n"
	"      --contamination C  append iforest_flag: 1 when the score is above the\n"
	"                         (1-C) quantile of the training rows' scores, C in\n"
	"                         (0, 0.5]\n"
	"      --explain          append iforest_top: the columns that did most to\n"
	"                         isolate the row, with their shares (cpu:0.62;mem:0.25)\n"
	"      --train-rows N|DUR fit on the first N rows (or those of the first DUR,\n"
	"                         90s, 5m, 1h, 1d, 1w), then score every row as it comes;\n"
	"                         rows are written once the forest is fitted [the whole\n"
	"                         input]\n"
	"      --save FILE        write the fitted forest to FILE\n"
	"      --model FILE       score with the forest in FILE, fitted by --save: its\n"
	"                         columns, and its threshold if it has one\n"
	/* CLI_COMMON_HELP without -g: one forest is fitted for all rows. */
	"  -c, --columns LIST     columns to score together: names or 1-based numbers,\n"
	"                         ranges 2-5 [every numeric column but the time column]\n"
	"  -t, --time COL         time column, for --train-rows DUR [timestamp, time, ts\n"
	"                         or date, if present]\n"
	"  -d, --delimiter C      field delimiter: a character, or 'tab' [detected from\n"
	"                         header]\n"
	"      --no-header        the first line is data; columns are named 1..N\n"
	"      --precision N      significant digits of the numbers written [6]\n"
	"      --strict           a value that is not a number is an error (exit 65)\n"
	"                         [warn, and treat it as missing]\n"
	"  -h, --help             show this help\n"
	"  -V, --version          show the version\n"
	"\n"
	"There is no -g: one forest is fitted for all rows (run one iforest per group).\n"
	"Rows with a missing value in a selected column get empty scores and are not\n"
	"trained on.  The same seed, input and options give the same output.\n"
	"\n"
	"Example:\n"
	"  iforest -c cpu,latency_ms,errors --contamination 0.01 --explain metrics.csv\n";

enum {
	OPT_EXTENDED = CLI_OPT_FIRST_TOOL,
	OPT_SEED,
	OPT_CONTAMINATION,
	OPT_EXPLAIN,
	OPT_TRAIN_ROWS,
	OPT_SAVE,
	OPT_MODEL
};

static const struct option longopts[] = {
	{"trees", required_argument, NULL, 'n'},
	{"sample-size", required_argument, NULL, 's'},
	{"extended", no_argument, NULL, OPT_EXTENDED},
	{"seed", required_argument, NULL, OPT_SEED},
	{"contamination", required_argument, NULL, OPT_CONTAMINATION},
	{"explain", no_argument, NULL, OPT_EXPLAIN},
	{"train-rows", required_argument, NULL, OPT_TRAIN_ROWS},
	{"save", required_argument, NULL, OPT_SAVE},
	{"model", required_argument, NULL, OPT_MODEL},
	CLI_COMMON_LONGOPTS,
	{NULL, 0, NULL, 0},
};

#define TOP 3 /* columns named by --explain */

/* Everything the row loop needs. */
typedef struct {
	cli_common common;
	cli_in *in;
	rows_writer *out;
	iforest *f;
	size_t d;
	double *x, *share;
	int flag, explain;   /* output columns beyond iforest_score */
	double threshold;
	char **names;        /* the selected columns' names */
	spool *scores;       /* --contamination: the training rows' scores, in order */
	unsigned char *rec;  /* a spooled row's values: 1 byte "complete", d doubles */
	size_t reccap;
	char *top;           /* iforest_top being built */
	size_t topcap;
} state;

static _Noreturn void
die_temp(int e)
{
	cli_die(EX_IOERR, "temporary file: %s", strerror(e));
}

static _Noreturn void
die_spool(spool *s)
{
	die_temp(spool_errno(s));
}

/* Read the current row's selected values: 1 if all are there. */
static int
read_row(state *st)
{
	size_t j;
	int ok = 1;

	for (j = 0; j < st->d; j++)
		if (!cli_in_value(st->in, j, &st->x[j]))
			ok = 0; /* read on, so that every bad value is reported */
	return ok;
}

static void
put_top(state *st)
{
	size_t k, j, len = 0, order[TOP];
	size_t n = 0;

	for (k = 0; k < TOP && k < st->d; k++) {
		size_t best = st->d;

		for (j = 0; j < st->d; j++) {
			size_t m;

			for (m = 0; m < n && order[m] != j; m++)
				;
			if (m < n || st->share[j] < 0.005)
				continue; /* taken, or rounds to 0.00 */
			if (best == st->d || st->share[j] > st->share[best])
				best = j;
		}
		if (best == st->d)
			break;
		order[n++] = best;
	}
	for (k = 0; k < n; k++) {
		size_t need = len + strlen(st->names[order[k]]) + 16;
		int w;

		if (need > st->topcap) {
			char *nt = realloc(st->top, need * 2);

			if (nt == NULL)
				cli_die(EX_SOFTWARE, "out of memory");
			st->top = nt;
			st->topcap = need * 2;
		}
		w = snprintf(st->top + len, st->topcap - len, "%s%s:%.2f", k ? ";" : "",
			     st->names[order[k]], st->share[order[k]]);
		len += (size_t)w;
	}
	rows_put_field(st->out, st->top ? st->top : "", len);
}

/* Append the tool's fields for a row: complete (ok) with score s, or not. */
static void
put_fields(state *st, int ok, double s)
{
	if (!ok || st->f == NULL) {
		rows_put_empty(st->out);
		if (st->flag)
			rows_put_empty(st->out);
		if (st->explain)
			rows_put_empty(st->out);
		return;
	}
	rows_put_num(st->out, s, st->common.precision);
	if (st->flag)
		rows_put_str(st->out, s > st->threshold ? "1" : "0");
	if (st->explain)
		put_top(st);
}

/* Score the row in st->x (ok: complete) and write the fields. */
static void
score_row(state *st, int ok)
{
	double s = 0;

	if (ok && st->f)
		s = st->explain ? iforest_explain(st->f, st->x, st->share)
				: iforest_score(st->f, st->x);
	put_fields(st, ok, s);
}

/* ---- training ---- */

/* The training period's rows wait in two spools: their text (as written by a
 * rows_writer, read back by a rows_reader, so quoted fields survive) and,
 * in step, a record per row: 1 byte "complete", then its values. */
typedef struct {
	int tfd;            /* the text spool */
	rows_writer *tw;
	spool *vals;
} training;

static void
train_open(state *st, training *tr)
{
	const char *dir = getenv("TMPDIR");
	int err;

	if ((tr->tfd = spool_tmpfile(dir, &err)) < 0 || (tr->vals = spool_new(dir, &err)) == NULL)
		cli_die(EX_IOERR, "cannot create a temporary file in %s: %s",
			dir && *dir ? dir : "/tmp", strerror(err));
	if ((tr->tw = rows_writer_new(tr->tfd, cli_in_delim(st->in))) == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	st->reccap = 1 + st->d * sizeof(double);
	if ((st->rec = malloc(st->reccap)) == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
}

static void
train_row(state *st, training *tr)
{
	int ok = read_row(st);
	size_t n = 1;

	cli_out_row(st->in, tr->tw);
	if (rows_end_row(tr->tw) < 0)
		die_temp(rows_write_errno(tr->tw));
	st->rec[0] = (unsigned char)ok;
	if (ok) {
		memcpy(st->rec + 1, st->x, st->d * sizeof(double));
		n += st->d * sizeof(double);
		if (iforest_add(st->f, st->x) < 0)
			cli_die(EX_SOFTWARE, "internal error: sampling after the fit");
	}
	if (spool_put(tr->vals, st->rec, n) < 0)
		die_spool(tr->vals);
}

/* Next spooled record: *ok, and the values in st->x. */
static void
next_rec(state *st, spool *s, int *ok)
{
	const void *p;
	size_t n;
	int rc = spool_get(s, &p, &n);

	if (rc < 0)
		die_spool(s);
	if (rc == 0 || n < 1)
		cli_die(EX_SOFTWARE, "internal error: the spool ended early");
	*ok = *(const unsigned char *)p != 0;
	if (*ok) {
		if (n != 1 + st->d * sizeof(double))
			cli_die(EX_SOFTWARE, "internal error: bad spool record");
		memcpy(st->x, (const unsigned char *)p + 1, st->d * sizeof(double));
	}
}

/* The threshold: the (1 - C) quantile of the training rows' scores, which
 * are kept in st->scores for the replay. */
static void
set_threshold(state *st, training *tr, double contamination)
{
	uint64_t i, n = spool_count(tr->vals);
	const char *dir = getenv("TMPDIR");
	double s;
	int ok, err, rc;

	if ((st->scores = spool_new(dir, &err)) == NULL)
		cli_die(EX_IOERR, "cannot create a temporary file in %s: %s",
			dir && *dir ? dir : "/tmp", strerror(err));
	if (spool_rewind(tr->vals) < 0)
		die_spool(tr->vals);
	for (i = 0; i < n; i++) {
		next_rec(st, tr->vals, &ok);
		if (!ok)
			continue;
		s = iforest_score(st->f, st->x);
		if (spool_put(st->scores, &s, sizeof s) < 0)
			die_spool(st->scores);
	}
	rc = spool_quantile(st->scores, 1 - contamination, &st->threshold);
	if (rc < 0)
		die_spool(st->scores);
	iforest_set_threshold(st->f, contamination, st->threshold);
}

/* Fit, save, then write the spooled rows with their scores.  Returns the
 * exit status so far. */
static int
train_end(state *st, training *tr, double contamination, const char *save)
{
	uint64_t i, n = spool_count(tr->vals);
	rows_reader *rd;
	int err, code = EX_OK;

	if (iforest_rows(st->f) < 2 && n == 0 && save == NULL) {
		iforest_free(st->f); /* no rows: nothing to score */
		st->f = NULL;
	} else if (iforest_rows(st->f) < 2) {
		cli_warn("%s complete row%s to train on: the scores are empty",
			 iforest_rows(st->f) ? "only one" : "no",
			 iforest_rows(st->f) ? "" : "s");
		iforest_free(st->f);
		st->f = NULL;
		code = EX_DATAERR;
		if (save)
			cli_warn("model not saved to '%s'", save);
	} else {
		if (iforest_fit(st->f) < 0)
			cli_die(EX_SOFTWARE, "out of memory");
		if (st->flag)
			set_threshold(st, tr, contamination);
		if (save && (err = iforest_save(st->f, save)) != BLOB_OK)
			cli_die(err == BLOB_ENOMEM ? EX_SOFTWARE : EX_IOERR,
				"cannot write the model to '%s': %s%s%s", save, blob_strerror(err),
				errno ? ": " : "", errno ? strerror(errno) : "");
	}
	if (rows_flush(tr->tw) < 0)
		die_temp(rows_write_errno(tr->tw));
	rows_writer_free(tr->tw);
	if (lseek(tr->tfd, 0, SEEK_SET) < 0)
		die_temp(errno);
	rd = rows_reader_new(tr->tfd, cli_in_delim(st->in), ROWS_NO_HEADER, &err);
	if (rd == NULL && !(err == ROWS_ENOHDR && n == 0))
		cli_die(EX_SOFTWARE, "internal error: reading the spool: %s", rows_strerror(err));
	if (spool_rewind(tr->vals) < 0)
		die_spool(tr->vals);
	if (st->scores && spool_rewind(st->scores) < 0)
		die_spool(st->scores);
	for (i = 0; i < n; i++) {
		const char *raw;
		size_t len;
		int ok;

		next_rec(st, tr->vals, &ok);
		if (rows_read(rd) != 1)
			cli_die(EX_SOFTWARE, "internal error: reading the spool: %s",
				rows_strerror(rows_errcode(rd)));
		raw = rows_raw(rd, &len);
		rows_put_raw(st->out, raw, len);
		if (ok && st->scores && !st->explain) {
			const void *p;
			size_t sn;
			double s;

			if (spool_get(st->scores, &p, &sn) != 1 || sn != sizeof s)
				cli_die(EX_SOFTWARE, "internal error: the score spool ended early");
			memcpy(&s, p, sizeof s);
			put_fields(st, ok, s);
		} else {
			score_row(st, ok);
		}
		cli_out_end(st->out);
	}
	rows_reader_free(rd);
	close(tr->tfd);
	spool_free(tr->vals);
	spool_free(st->scores);
	st->scores = NULL;
	return code;
}

static void
stream_row(state *st)
{
	int ok = read_row(st);

	cli_out_row(st->in, st->out);
	score_row(st, ok);
	cli_out_end(st->out);
}

/* ---- the model's columns ---- */

/* Select the model's columns in the input by name. */
static void
select_model_columns(cli_in *in, const iforest *f)
{
	size_t j, d = iforest_nfeat(f);
	const char **names = malloc((d + 1) * sizeof *names);

	if (names == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	for (j = 0; j < d; j++)
		names[j] = iforest_name(f, j);
	cli_in_select_names(in, names, d);
	free(names);
}

static iforest *
load_model(const char *path)
{
	iforest *f;
	uint32_t version;
	int rc = iforest_load(path, &f, &version);

	if (rc == BLOB_OK)
		return f;
	if (rc == BLOB_EOPEN)
		cli_die(EX_NOINPUT, "cannot open model '%s': %s", path, strerror(errno));
	if (rc == BLOB_EVERSION)
		cli_die(EX_DATAERR, "model '%s': format version %u, this iforest reads version %u",
			path, (unsigned)version, IFOREST_VERSION);
	if (rc == BLOB_ENOMEM)
		cli_die(EX_SOFTWARE, "out of memory");
	if (rc == BLOB_EIO)
		cli_die(EX_IOERR, "model '%s': read error: %s", path, strerror(errno));
	cli_die(EX_DATAERR, "model '%s': %s", path, iforest_strerror(rc));
}

int
main(int argc, char **argv)
{
	state st;
	training tr;
	iforest_opts fo = {.trees = 100, .psi = 256, .seed = 0};
	cli_span train = {0, 0};
	const char *save = NULL, *model = NULL;
	double contamination = 0;
	int c, code = EX_OK, pending = 0, forest_opt = 0;
	char *names[3];
	size_t j, nnames = 0;

	memset(&st, 0, sizeof st);
	cli_init(argv[0]);
	cli_common_init(&st.common);
	while ((c = getopt_long(argc, argv, "n:s:" CLI_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
		if (cli_common_opt(&st.common, c, optarg))
			continue;
		switch (c) {
		case 'n':
			fo.trees = (size_t)cli_int("-n", optarg, 1, 100000);
			forest_opt = 1;
			break;
		case 's':
			fo.psi = (size_t)cli_int("-s", optarg, 2, 1 << 24);
			forest_opt = 1;
			break;
		case OPT_EXTENDED:
			fo.extended = 1;
			forest_opt = 1;
			break;
		case OPT_SEED:
			fo.seed = (uint64_t)cli_int("--seed", optarg, 0, 0x7fffffffL);
			forest_opt = 1;
			break;
		case OPT_CONTAMINATION:
			contamination = cli_num("--contamination", optarg, 0, 0.5);
			if (!(contamination > 0))
				cli_usage("--contamination: must be above 0: '%s'", optarg);
			st.flag = 1;
			break;
		case OPT_EXPLAIN:
			st.explain = 1;
			break;
		case OPT_TRAIN_ROWS:
			cli_span_parse("--train-rows", optarg, &train);
			if (train.sec == 0 && train.count < 1)
				cli_usage("--train-rows: must be at least 1 row: '%s'", optarg);
			break;
		case OPT_SAVE:
			save = optarg;
			break;
		case OPT_MODEL:
			model = optarg;
			break;
		case 'h':
			cli_help(usage);
		case 'V':
			cli_version();
		default:
			cli_usage("unknown option");
		}
	}
	if (st.common.group)
		cli_usage("-g: iforest fits one forest for all rows and has no groups; run one "
			  "iforest per group, each on that group's rows");
	if (model) {
		if (save || train.count > 0 || train.sec > 0 || st.flag || forest_opt ||
		    st.common.columns)
			cli_usage("--model: the model fixes the columns, the forest and the threshold; "
				  "-c, -n, -s, --extended, --seed, --contamination, --train-rows and "
				  "--save do not go with it");
		st.f = load_model(model);
		st.flag = iforest_threshold(st.f, &contamination, &st.threshold);
	}

	st.in = cli_in_open(&st.common, argv + optind, argc - optind,
			    (train.sec > 0 ? CLI_NEED_TIME : 0) | (model ? CLI_COLS_ALL : 0));
	if (st.in == NULL) {
		iforest_free(st.f);
		if (save)
			cli_die(EX_DATAERR, "no rows to train on: model not saved to '%s'", save);
		return EX_OK; /* empty input, empty output */
	}
	if (model)
		select_model_columns(st.in, st.f);
	st.d = cli_in_ncols(st.in);
	st.names = calloc(st.d, sizeof *st.names);
	st.x = calloc(st.d, sizeof *st.x);
	st.share = calloc(st.d, sizeof *st.share);
	if (st.names == NULL || st.x == NULL || st.share == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	for (j = 0; j < st.d; j++) {
		const char *col = cli_in_colname(st.in, j);

		if ((st.names[j] = strdup(col)) == NULL)
			cli_die(EX_SOFTWARE, "out of memory");
	}
	names[nnames++] = "iforest_score";
	if (st.flag)
		names[nnames++] = "iforest_flag";
	if (st.explain)
		names[nnames++] = "iforest_top";
	st.out = cli_out_open(st.in);
	cli_out_header(st.in, st.out, names, nnames);

	if (!model) {
		uint64_t n = 0;
		double t, t0 = 0;
		int have_t0 = 0;

		fo.nfeat = st.d;
		st.f = iforest_new(&fo, (const char *const *)st.names);
		if (st.f == NULL)
			cli_die(EX_SOFTWARE, "out of memory (-n %zu -s %zu over %zu columns)", fo.trees,
				fo.psi, fo.nfeat);
		train_open(&st, &tr);
		while (cli_in_next(st.in, st.out)) {
			if (train.sec > 0 && cli_in_time(st.in, &t)) {
				if (!have_t0) {
					t0 = t;
					have_t0 = 1;
				} else if (t >= t0 + train.sec) {
					pending = 1; /* the first row after training */
					break;
				}
			}
			train_row(&st, &tr);
			if (train.count > 0 && ++n >= (uint64_t)train.count)
				break;
		}
		code = train_end(&st, &tr, contamination, save);
		if (pending)
			stream_row(&st);
	}
	while (cli_in_next(st.in, st.out))
		stream_row(&st);
	cli_out_close(st.out);

	for (j = 0; j < st.d; j++)
		free(st.names[j]);
	free(st.names);
	free(st.x);
	free(st.share);
	free(st.rec);
	free(st.top);
	iforest_free(st.f);
	c = cli_in_close(st.in);
	return code != EX_OK ? code : c;
}
