/*
 * zscore - rolling z-score: how far each point lies from the baseline of the
 * points before it.
 */
#include "cli.h"
#include "statefile.h"
#include "zs.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"Usage: zscore [OPTIONS] [FILE...]\n"
	"Append <col>_zscore for each selected column: how far the point lies from the\n"
	"baseline of the points before it.  FILEs (or stdin) are CSV or TSV, maybe gzip.\n"
	"\n"
	"  -w, --window N|DUR   baseline: the last N points, or those of the last DUR\n"
	"                       (90s, 5m, 1h, 1d, 1w); 0 for all history [60; 7 periods\n"
	"                       with --season]\n"
	"  -m, --method M       mean (mean and standard deviation), median (median and\n"
	"                       1.4826 MAD), iqr (distance outside the IQR fences in IQR\n"
	"                       units, 0 inside) [mean]\n"
	"  -k, --fence K        IQR fences at Q1 - K IQR and Q3 + K IQR [1.5]\n"
	"      --season P       the baseline is the same phase of the previous periods:\n"
	"                       P rows, or a duration such as 1d (-w counts periods)\n"
	"      --min-periods N  baseline points needed before scoring [the window's size\n"
	"                       for a count window or a season, else 10]\n"
	"      --suffix S       name the new columns <col>S [_zscore]\n"
	"      --state FILE     load the baselines from FILE if it exists, save them\n"
	"                       there at the end: a cron job fed only new rows each run\n"
	"                       writes what one run over the whole history would\n"
	CLI_COMMON_HELP
	"\n"
	"A flat baseline scores 0 for an equal point and a large finite score otherwise.\n"
	"\n"
	"Example:\n"
	"  zscore -m median -w 1h -g instance errors.csv.gz\n";

enum { OPT_SEASON = CLI_OPT_FIRST_TOOL, OPT_MIN_PERIODS, OPT_SUFFIX, OPT_STATE };

/* Version of the series format in --state files. */
#define STATE_VERSION 1

static const struct option longopts[] = {
	{"window", required_argument, NULL, 'w'},
	{"method", required_argument, NULL, 'm'},
	{"fence", required_argument, NULL, 'k'},
	{"season", required_argument, NULL, OPT_SEASON},
	{"min-periods", required_argument, NULL, OPT_MIN_PERIODS},
	{"suffix", required_argument, NULL, OPT_SUFFIX},
	{"state", required_argument, NULL, OPT_STATE},
	CLI_COMMON_LONGOPTS,
	{NULL, 0, NULL, 0},
};

static const struct {
	const char *name;
	int method;
} methods[] = {
	{"mean", ZS_MEAN},
	{"median", ZS_MEDIAN},
	{"iqr", ZS_IQR},
};

static int
method_by_name(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof methods / sizeof methods[0]; i++)
		if (strcmp(s, methods[i].name) == 0)
			return methods[i].method;
	cli_usage("-m: unknown method '%s' (mean, median or iqr)", s);
}

static int
save_series(const void *z, blob *b)
{
	return zs_save(z, b);
}

static void *
load_series(blob *b, void *opts)
{
	return zs_load(opts, b);
}

static void
free_series(void *z)
{
	zs_free(z);
}

int
main(int argc, char **argv)
{
	cli_common common;
	cli_span window = {60, 0}, season = {0, 0};
	zs_opts zo = {.method = ZS_MEAN, .k = 1.5};
	statefile_ops ops = {"zscore", STATE_VERSION, save_series, load_series, free_series, &zo};
	const char *suffix = "_zscore", *state_path = NULL;
	long min_periods = -1;
	int c, window_set = 0;
	cli_in *in;
	rows_writer *out;
	statefile *sf;
	char **names, opts[512];
	void **series = NULL;
	size_t ncols, j;

	cli_init(argv[0]);
	cli_common_init(&common);
	while ((c = getopt_long(argc, argv, "w:m:k:" CLI_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
		if (cli_common_opt(&common, c, optarg))
			continue;
		switch (c) {
		case 'w':
			cli_span_parse("-w", optarg, &window);
			window_set = 1;
			break;
		case 'm':
			zo.method = method_by_name(optarg);
			break;
		case 'k':
			zo.k = cli_num("-k", optarg, 0, 1e6);
			break;
		case OPT_SEASON:
			cli_span_parse("--season", optarg, &season);
			if (season.sec == 0 && season.count < 1)
				cli_usage("--season: the period must be at least 1 row");
			break;
		case OPT_MIN_PERIODS:
			min_periods = cli_int("--min-periods", optarg, 1, 1000000000);
			break;
		case OPT_SUFFIX:
			suffix = optarg;
			if (*suffix == '\0')
				cli_usage("--suffix: must not be empty");
			break;
		case OPT_STATE:
			state_path = optarg;
			break;
		case 'h':
			cli_help(usage);
		case 'V':
			cli_version();
		default:
			cli_usage("unknown option");
		}
	}

	/* Resolve the window: rows or seconds, or periods with a season. */
	if (season.count > 0 || season.sec > 0) {
		double periods;

		if (!window_set)
			window.count = 7;
		if (window.sec > 0) {
			if (season.sec == 0)
				cli_usage("-w: a duration with --season needs --season as a duration too");
			periods = floor(window.sec / season.sec + 0.5);
		} else {
			periods = window.count;
		}
		if (periods < 1)
			cli_usage("-w: with --season the window must hold at least one period");
		zo.window = (size_t)periods;
		zo.season = (size_t)season.count;
		zo.season_sec = season.sec;
	} else {
		zo.window = (size_t)window.count;
		zo.window_sec = window.sec;
		if (zo.window == 0 && zo.window_sec == 0 && zo.method != ZS_MEAN)
			cli_usage("-w 0 (all history) works with -m mean only: a median of all history "
				  "needs memory that grows with the input");
	}
	/* A count window (of rows, or of periods with a season) is scored once
	 * it is full; windows of time and all history once they hold 10. */
	if (min_periods > 0)
		zo.min_periods = (size_t)min_periods;
	else if (zo.window_sec == 0 && zo.window > 0)
		zo.min_periods = zo.window;
	else
		zo.min_periods = 10;

	in = cli_in_open(&common, argv + optind, argc - optind,
			 window.sec > 0 || season.sec > 0 ? CLI_NEED_TIME : 0);
	if (in == NULL)
		return EX_OK; /* empty input, empty output */
	/* What the baselines depend on: a state file made otherwise is refused. */
	opts[0] = '\0';
	statefile_opt_num(opts, sizeof opts, "method", zo.method);
	statefile_opt_num(opts, sizeof opts, "k", zo.k);
	statefile_opt_num(opts, sizeof opts, "window", (double)zo.window);
	statefile_opt_num(opts, sizeof opts, "window-sec", zo.window_sec);
	statefile_opt_num(opts, sizeof opts, "season", (double)zo.season);
	statefile_opt_num(opts, sizeof opts, "season-sec", zo.season_sec);
	statefile_opt_num(opts, sizeof opts, "min-periods", (double)zo.min_periods);
	sf = statefile_open(state_path, &ops, opts, &common, in);
	ncols = cli_in_ncols(in);
	names = cli_names(in, &suffix, 1);
	out = cli_out_open(in);
	cli_out_header(in, out, names, ncols);

	while (cli_in_next(in, out)) {
		int have_t = 1;

		/* Without -g every row is in the one group: look it up once. */
		if (series == NULL || common.group)
			series = statefile_group(sf, in);
		double t = 0, x, score;

		for (j = 0; j < ncols; j++)
			if (series[j] == NULL && (series[j] = zs_new(&zo)) == NULL)
				cli_die(EX_SOFTWARE, "out of memory");
		if (zo.window_sec > 0 || zo.season_sec > 0)
			have_t = cli_in_time(in, &t);
		cli_out_row(in, out);
		for (j = 0; j < ncols; j++) {
			int rc = 0;

			if (have_t && cli_in_value(in, j, &x))
				rc = zs_update(series[j], t, x, &score);
			else if (zs_skip(series[j]) < 0)
				rc = -1;
			if (rc < 0)
				cli_die(EX_SOFTWARE, "out of memory");
			if (rc == 1)
				rows_put_num(out, score, common.precision);
			else
				rows_put_empty(out);
		}
		cli_out_end(out);
	}
	cli_out_close(out);
	statefile_save(sf, in);
	statefile_free(sf);
	cli_names_free(names, ncols);
	return cli_in_close(in);
}
