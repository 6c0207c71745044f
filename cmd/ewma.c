/*
 * ewma - exponentially weighted level, control chart, CUSUM and Holt-Winters
 * smoothing, with state that survives cron runs.
 */
#include "cli.h"
#include "ewma.h"
#include "statefile.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STATE_VERSION 1

static const char usage[] =
	"Usage: ewma [OPTIONS] [FILE...]\n"
	"Append <col>_ewma (the exponentially weighted level) and <col>_ewma_z (the\n"
	"point's distance from the level before it, in EW standard deviations) for each\n"
	"selected column.  FILEs (or stdin) are CSV or TSV, maybe gzip.\n"
	"\n"
	"  -a, --alpha A        weight of a new point, 0 < A <= 1 [0.3]\n"
	"      --halflife N|DUR the weight of a point halves after N rows or DUR (1h)\n"
	"      --span N         alpha = 2 / (N + 1)\n"
	"      --step DUR       nominal spacing of the points: a point dt after the last\n"
	"                       counts as dt/DUR steps [the smallest interval seen]\n"
	"      --season P       Holt-Winters additive: a period of P rows, or a duration\n"
	"                       (1d; needs --step); the first period initialises it\n"
	"      --beta B         Holt-Winters trend weight, 0..1 [0.01]\n"
	"      --gamma G        Holt-Winters season weight, 0..1 [0.1]\n"
	"      --cusum          also append <col>_cusum: a two-sided CUSUM against a slow\n"
	"                       baseline, S+ if larger (>= 0) else -S-\n"
	"      --cusum-alpha W  weight of a new point in the CUSUM's baseline [0.01]\n"
	"      --cusum-k K      CUSUM slack per point, in standard deviations [0.25]\n"
	"      --cusum-h H      CUSUM decision interval: crossing it resets the sums [10]\n"
	"      --min-periods N  points in the baseline before z is given [10]\n"
	"      --state FILE     load the state from FILE if it exists, save it there at\n"
	"                       the end: feed each cron run only the new rows\n"
	CLI_COMMON_HELP
	"\n"
	"With a time column the state decays by elapsed time, not by rows.  Missing\n"
	"values leave the state untouched.\n"
	"\n"
	"Example:\n"
	"  ewma --cusum -g host --state /var/lib/adkit/lat.st new.csv\n";

enum {
	OPT_HALFLIFE = CLI_OPT_FIRST_TOOL,
	OPT_SPAN,
	OPT_STEP,
	OPT_SEASON,
	OPT_BETA,
	OPT_GAMMA,
	OPT_CUSUM,
	OPT_CUSUM_ALPHA,
	OPT_CUSUM_K,
	OPT_CUSUM_H,
	OPT_MIN_PERIODS,
	OPT_STATE
};

static const struct option longopts[] = {
	{"alpha", required_argument, NULL, 'a'},
	{"halflife", required_argument, NULL, OPT_HALFLIFE},
	{"span", required_argument, NULL, OPT_SPAN},
	{"step", required_argument, NULL, OPT_STEP},
	{"season", required_argument, NULL, OPT_SEASON},
	{"beta", required_argument, NULL, OPT_BETA},
	{"gamma", required_argument, NULL, OPT_GAMMA},
	{"cusum", no_argument, NULL, OPT_CUSUM},
	{"cusum-alpha", required_argument, NULL, OPT_CUSUM_ALPHA},
	{"cusum-k", required_argument, NULL, OPT_CUSUM_K},
	{"cusum-h", required_argument, NULL, OPT_CUSUM_H},
	{"min-periods", required_argument, NULL, OPT_MIN_PERIODS},
	{"state", required_argument, NULL, OPT_STATE},
	CLI_COMMON_LONGOPTS,
	{NULL, 0, NULL, 0},
};

static int
save_series(const void *s, blob *b)
{
	return ewma_series_save(s, b);
}

static void *
load_series(blob *b, void *ctx)
{
	return ewma_series_load(ctx, b);
}

static void
free_series(void *s)
{
	ewma_series_free(s);
}

int
main(int argc, char **argv)
{
	cli_common common;
	ewma_opts eo = {.alpha = 0.3, .beta = 0.01, .gamma = 0.1, .min_periods = 10,
			.cusum_alpha = 0.01, .cusum_k = 0.25, .cusum_h = 10};
	cli_span halflife = {0, 0}, season = {0, 0}, step = {0, 0};
	const char *state_path = NULL;
	int c, nsmooth = 0;
	unsigned flags = 0;
	char opts[1024] = "";
	statefile_ops ops = {"ewma", STATE_VERSION, save_series, load_series, free_series, NULL};
	statefile *sf;
	cli_in *in;
	rows_writer *out;
	char **names;
	size_t ncols, nout, j;

	cli_init(argv[0]);
	cli_common_init(&common);
	while ((c = getopt_long(argc, argv, "a:" CLI_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
		if (cli_common_opt(&common, c, optarg))
			continue;
		switch (c) {
		case 'a':
			eo.alpha = cli_num("-a", optarg, 0, 1);
			if (eo.alpha == 0)
				cli_usage("-a: alpha must be above 0: '%s'", optarg);
			nsmooth++;
			break;
		case OPT_HALFLIFE:
			cli_span_parse("--halflife", optarg, &halflife);
			if (halflife.sec == 0 && halflife.count < 1)
				cli_usage("--halflife: must be at least 1 row: '%s'", optarg);
			nsmooth++;
			break;
		case OPT_SPAN:
			eo.alpha = 2 / (cli_num("--span", optarg, 1, 1e9) + 1);
			nsmooth++;
			break;
		case OPT_STEP:
			cli_span_parse("--step", optarg, &step);
			if (step.sec == 0)
				cli_usage("--step: give a duration such as 15s or 1m: '%s'", optarg);
			break;
		case OPT_SEASON:
			cli_span_parse("--season", optarg, &season);
			if (season.sec == 0 && season.count < 2)
				cli_usage("--season: the period must be at least 2 rows: '%s'", optarg);
			break;
		case OPT_BETA:
			eo.beta = cli_num("--beta", optarg, 0, 1);
			break;
		case OPT_GAMMA:
			eo.gamma = cli_num("--gamma", optarg, 0, 1);
			break;
		case OPT_CUSUM:
			eo.cusum = 1;
			break;
		case OPT_CUSUM_ALPHA:
			eo.cusum_alpha = cli_num("--cusum-alpha", optarg, 0, 1);
			if (eo.cusum_alpha == 0)
				cli_usage("--cusum-alpha: must be above 0: '%s'", optarg);
			break;
		case OPT_CUSUM_K:
			eo.cusum_k = cli_num("--cusum-k", optarg, 0, 1e6);
			break;
		case OPT_CUSUM_H:
			eo.cusum_h = cli_num("--cusum-h", optarg, 0, 1e9);
			if (eo.cusum_h == 0)
				cli_usage("--cusum-h: must be above 0: '%s'", optarg);
			break;
		case OPT_MIN_PERIODS:
			eo.min_periods = (size_t)cli_int("--min-periods", optarg, 1, 1000000000);
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
	if (nsmooth > 1)
		cli_usage("give one of -a, --halflife and --span");
	if (halflife.count > 0)
		eo.alpha = 1 - exp2(-1 / halflife.count);
	eo.halflife_sec = halflife.sec;
	eo.step = step.sec;
	if (season.sec > 0) {
		double p;

		if (step.sec == 0)
			cli_usage("--season: a duration needs --step to count its phases");
		p = nearbyint(season.sec / step.sec);
		if (p < 2 || p > 1e7)
			cli_usage("--season: the period must hold 2 to 1e7 steps of --step");
		eo.season = (size_t)p;
		eo.season_by_time = 1;
	} else {
		eo.season = (size_t)season.count;
	}
	if (halflife.sec > 0 || season.sec > 0)
		flags |= CLI_NEED_TIME;

	in = cli_in_open(&common, argv + optind, argc - optind, flags);
	if (in == NULL)
		return EX_OK; /* empty input, empty output */
	eo.timed = cli_in_has_time(in);

	/* What changes the state or the scores must match a loaded state. */
	statefile_opt_num(opts, sizeof opts, "alpha", eo.alpha);
	statefile_opt_num(opts, sizeof opts, "halflife", eo.halflife_sec);
	statefile_opt_num(opts, sizeof opts, "step", eo.step);
	statefile_opt_num(opts, sizeof opts, "season", (double)eo.season);
	statefile_opt_num(opts, sizeof opts, "season-by-time", eo.season_by_time);
	statefile_opt_num(opts, sizeof opts, "beta", eo.beta);
	statefile_opt_num(opts, sizeof opts, "gamma", eo.gamma);
	statefile_opt_num(opts, sizeof opts, "cusum", eo.cusum);
	statefile_opt_num(opts, sizeof opts, "cusum-alpha", eo.cusum_alpha);
	statefile_opt_num(opts, sizeof opts, "cusum-k", eo.cusum_k);
	statefile_opt_num(opts, sizeof opts, "cusum-h", eo.cusum_h);
	statefile_opt_num(opts, sizeof opts, "min-periods", (double)eo.min_periods);
	ops.ctx = &eo;
	sf = statefile_open(state_path, &ops, opts, &common, in);

	ncols = cli_in_ncols(in);
	nout = eo.cusum ? 3 : 2;
	{
		static const char *const sfx[] = {"_ewma", "_ewma_z", "_cusum"};

		names = cli_names(in, sfx, nout);
	}
	out = cli_out_open(in);
	cli_out_header(in, out, names, ncols * nout);

	while (cli_in_next(in, out)) {
		void **series = statefile_group(sf, in);
		int have_t = 1;
		double t = 0, x, level, z, cusum;

		for (j = 0; j < ncols; j++)
			if (series[j] == NULL && (series[j] = ewma_series_new(&eo)) == NULL)
				cli_die(EX_SOFTWARE, "out of memory");
		if (eo.timed)
			have_t = cli_in_time(in, &t);
		cli_out_row(in, out);
		for (j = 0; j < ncols; j++) {
			int rc = 0;

			if (have_t && cli_in_value(in, j, &x))
				rc = ewma_series_update(series[j], t, x, &level, &z, &cusum);
			else
				ewma_series_skip(series[j]);
			if (rc & EWMA_LEVEL)
				rows_put_num(out, level, common.precision);
			else
				rows_put_empty(out);
			if (rc & EWMA_Z)
				rows_put_num(out, z, common.precision);
			else
				rows_put_empty(out);
			if (!eo.cusum)
				continue;
			if (rc & EWMA_CUSUM)
				rows_put_num(out, cusum, common.precision);
			else
				rows_put_empty(out);
		}
		cli_out_end(out);
	}
	cli_out_close(out);
	statefile_save(sf, in);
	statefile_free(sf);
	cli_names_free(names, ncols * nout);
	return cli_in_close(in);
}
