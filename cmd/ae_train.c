/*
 * ae-train - train a dense autoencoder on rows of a normal period and write
 * the model that ae-score uses.
 */
#include "ae.h"
#include "blob.h"
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char usage[] =
	"Usage: ae-train -o MODEL [OPTIONS] [FILE...]\n"
	"Train a dense autoencoder on the selected columns of FILEs (or stdin; CSV or TSV,\n"
	"maybe gzip) and write the model for ae-score.  The rows are held in memory as\n"
	"floats: about rows x (4 x columns + 16) bytes.\n"
	"\n"
	"  -o, --output FILE    write the model here (atomically) [required]\n"
	"  -l, --layers LIST    encoder widths, the last is the bottleneck; the decoder\n"
	"                       mirrors them [32,8]\n"
	"  -a, --activation F   relu or tanh, on every layer but the linear output [relu]\n"
	"  -e, --epochs N       passes over the training rows [50]\n"
	"  -b, --batch N        rows per mini-batch [128]\n"
	"      --lr X           Adam step size (betas 0.9, 0.999, eps 1e-8) [0.001]\n"
	"      --l2 X           weight decay: X w added to each weight's gradient [0]\n"
	"      --denoise SIGMA  add Gaussian noise of sd SIGMA (standardised units) to\n"
	"                       the inputs, not the targets, while training [0]\n"
	"      --validation F   hold out this fraction of the rows (chosen by the seed);\n"
	"                       the model keeps the epoch of least validation loss [0]\n"
	"      --patience P     stop after P epochs without a better validation loss;\n"
	"                       0: never (needs --validation) [0]\n"
	"  -s, --seed N         seed of initialisation, split, shuffling and noise [1]\n"
	"  -q, --quiet          no progress or summary on stderr\n"
	"  -c, --columns LIST   columns: names or 1-based numbers, ranges 2-5 [every numeric\n"
	"                       column but the time column]\n"
	"  -t, --time COL       time column, left out of the default columns [timestamp,\n"
	"                       time, ts or date, if present]\n"
	"  -d, --delimiter C    field delimiter: a character, or 'tab' [detected from header]\n"
	"      --no-header      the first line is data; columns are named 1..N\n"
	"      --strict         a value that is not a number is an error (exit 65) [warn,\n"
	"                       and treat it as missing]\n"
	"  -h, --help           show this help\n"
	"  -V, --version        show the version\n"
	"\n"
	"A row with a missing value in a selected column is not trained on (counted on\n"
	"stderr).  Progress goes to stderr: a bar on a terminal, else a line per epoch.\n"
	"\n"
	"Example:\n"
	"  ae-train -c cpu,latency_ms,errors -o normal.ae last-week.csv.gz\n";

enum { OPT_LR = CLI_OPT_FIRST_TOOL, OPT_L2, OPT_DENOISE, OPT_VALIDATION, OPT_PATIENCE };

static const struct option longopts[] = {
	{"output", required_argument, NULL, 'o'},
	{"layers", required_argument, NULL, 'l'},
	{"activation", required_argument, NULL, 'a'},
	{"epochs", required_argument, NULL, 'e'},
	{"batch", required_argument, NULL, 'b'},
	{"lr", required_argument, NULL, OPT_LR},
	{"l2", required_argument, NULL, OPT_L2},
	{"denoise", required_argument, NULL, OPT_DENOISE},
	{"validation", required_argument, NULL, OPT_VALIDATION},
	{"patience", required_argument, NULL, OPT_PATIENCE},
	{"seed", required_argument, NULL, 's'},
	{"quiet", no_argument, NULL, 'q'},
	{"columns", required_argument, NULL, 'c'},
	{"time", required_argument, NULL, 't'},
	{"delimiter", required_argument, NULL, 'd'},
	{"no-header", no_argument, NULL, CLI_OPT_NO_HEADER},
	{"strict", no_argument, NULL, CLI_OPT_STRICT},
	{"help", no_argument, NULL, 'h'},
	{"version", no_argument, NULL, 'V'},
	{NULL, 0, NULL, 0},
};

/* "32,8" into widths; a usage error otherwise. */
static size_t
parse_layers(const char *arg, size_t *h)
{
	size_t k = 0;
	const char *p = arg;

	for (;;) {
		char *end, item[32];
		size_t n = strcspn(p, ",");

		if (k == AE_MAX_LAYERS)
			cli_usage("-l: at most %d layers: '%s'", AE_MAX_LAYERS, arg);
		if (n == 0 || n >= sizeof item)
			cli_usage("-l: bad layer list '%s' (widths such as 32,8)", arg);
		memcpy(item, p, n);
		item[n] = '\0';
		errno = 0;
		h[k] = (size_t)strtoul(item, &end, 10);
		if (*end || errno || item[0] == '-' || h[k] < 1 || h[k] > AE_MAX_WIDTH)
			cli_usage("-l: bad width '%s' in '%s' (1 to %d)", item, arg, AE_MAX_WIDTH);
		k++;
		if (p[n] == '\0')
			return k;
		p += n + 1;
	}
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Progress after epoch ep of ne: a bar redrawn in place on a terminal, a
 * line per epoch elsewhere. */
static void
progress(int tty, long ep, long ne, double train, double val, int has_val, double t0)
{
	double el = now() - t0, left = el / (double)ep * (double)(ne - ep);
	char vbuf[40] = "";

	if (has_val)
		snprintf(vbuf, sizeof vbuf, " val %.6g", val);
	if (tty) {
		char bar[21];
		int i, fill = (int)(20 * ep / ne);

		for (i = 0; i < 20; i++)
			bar[i] = i < fill ? '#' : '.';
		bar[20] = '\0';
		fprintf(stderr, "\r%s: [%s] epoch %ld/%ld train %.6g%s, %.0fs left \033[K", cli_prog(),
			bar, ep, ne, train, vbuf, left);
	} else {
		fprintf(stderr, "%s: epoch %ld/%ld: train %.6g%s (%.2fs)\n", cli_prog(), ep, ne, train,
			vbuf, el);
	}
	fflush(stderr);
}

int
main(int argc, char **argv)
{
	cli_common common;
	ae_train_opts to = {.lr = 1e-3, .batch = 128};
	size_t h[AE_MAX_LAYERS] = {32, 8}, k = 2, d, j, n = 0, cap = 0, nval = 0, ntr, i;
	long epochs = 50, patience = 0, ep, bad_epochs = 0, best_ep = 0;
	double vfrac = 0, *shift = NULL, *x, *err, best = INFINITY, tl = 0, vl = 0, t0;
	unsigned long long seed = 1;
	long long skipped = 0;
	int c, act = AE_RELU, quiet = 0, tty, rc;
	const char *output = NULL, *why;
	float *X = NULL;
	size_t *idx;
	cli_in *in;
	ae *m, *keep = NULL;
	ae_trainer *t;
	rng r;

	cli_init(argv[0]);
	cli_common_init(&common);
	while ((c = getopt_long(argc, argv, "o:l:a:e:b:s:qc:t:d:hV", longopts, NULL)) != -1) {
		if (cli_common_opt(&common, c, optarg))
			continue;
		switch (c) {
		case 'o':
			output = optarg;
			break;
		case 'l':
			k = parse_layers(optarg, h);
			break;
		case 'a':
			if (strcmp(optarg, "relu") == 0)
				act = AE_RELU;
			else if (strcmp(optarg, "tanh") == 0)
				act = AE_TANH;
			else
				cli_usage("-a: unknown activation '%s' (relu or tanh)", optarg);
			break;
		case 'e':
			epochs = cli_int("-e", optarg, 1, 1000000);
			break;
		case 'b':
			to.batch = (size_t)cli_int("-b", optarg, 1, 1000000);
			break;
		case OPT_LR:
			to.lr = cli_num("--lr", optarg, 1e-12, 10);
			break;
		case OPT_L2:
			to.l2 = cli_num("--l2", optarg, 0, 1e3);
			break;
		case OPT_DENOISE:
			to.denoise = cli_num("--denoise", optarg, 0, 1e3);
			break;
		case OPT_VALIDATION:
			vfrac = cli_num("--validation", optarg, 0, 0.9);
			break;
		case OPT_PATIENCE:
			patience = cli_int("--patience", optarg, 0, 1000000);
			break;
		case 's':
			seed = (unsigned long long)cli_int("-s", optarg, 0, 0x7fffffffffffffffL);
			break;
		case 'q':
			quiet = 1;
			break;
		case 'h':
			cli_help(usage);
		case 'V':
			cli_version();
		default:
			cli_usage("unknown option");
		}
	}
	if (output == NULL)
		cli_usage("-o MODEL is required");
	if (patience > 0 && vfrac == 0)
		cli_usage("--patience needs a validation set (--validation F)");

	in = cli_in_open(&common, argv + optind, argc - optind, 0);
	if (in == NULL)
		cli_die(EX_DATAERR, "empty input: no rows to train on");
	d = cli_in_ncols(in);
	if ((x = malloc(d * sizeof *x)) == NULL || (shift = malloc(d * sizeof *shift)) == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	rng_seed(&r, seed);
	if ((m = ae_new(d, h, k, act, &r)) == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	for (j = 0; j < d; j++) {
		const char *name = cli_in_colname(in, j);

		if (ae_set_name(m, j, name, strlen(name)) < 0)
			cli_die(EX_SOFTWARE, "out of memory");
	}
	while (cli_in_next(in, NULL)) {
		for (j = 0; j < d; j++)
			if (!cli_in_value(in, j, &x[j]))
				break;
		if (j < d) {
			skipped++;
			continue;
		}
		if (n == cap) {
			float *nx;

			cap = cap ? 2 * cap : 4096;
			if ((nx = realloc(X, cap * d * sizeof *X)) == NULL)
				cli_die(EX_SOFTWARE, "out of memory: %zu rows of %zu columns", n, d);
			X = nx;
		}
		/* Relative to the first row: a large offset keeps its precision. */
		if (n == 0)
			memcpy(shift, x, d * sizeof *x);
		for (j = 0; j < d; j++)
			X[n * d + j] = (float)(x[j] - shift[j]);
		n++;
	}
	rc = cli_in_close(in);
	if (rc != EX_OK)
		return rc;
	if (skipped && !quiet)
		cli_warn("%lld row%s with a missing value not trained on", skipped,
			 skipped == 1 ? "" : "s");
	if (n == 0)
		cli_die(EX_DATAERR, "no complete rows to train on");
	if (vfrac > 0) {
		nval = (size_t)floor(vfrac * (double)n + 0.5);
		if (nval == 0)
			nval = 1;
		if (nval >= n)
			cli_die(EX_DATAERR, "--validation %g: too few rows (%zu) to hold some out", vfrac, n);
	}
	ntr = n - nval;

	ae_fit_scaling(m, X, n, shift);
	if ((idx = malloc(n * sizeof *idx)) == NULL || (t = ae_trainer_new(m, &to)) == NULL ||
	    (nval && (keep = ae_clone(m)) == NULL))
		cli_die(EX_SOFTWARE, "out of memory");
	/* The split: a seeded shuffle, the first nval rows held out. */
	for (i = 0; i < n; i++)
		idx[i] = i;
	for (i = n; i > 1; i--) {
		size_t s = (size_t)rng_below(&r, i), tmp = idx[i - 1];

		idx[i - 1] = idx[s];
		idx[s] = tmp;
	}

	tty = !quiet && isatty(STDERR_FILENO);
	t0 = now();
	for (ep = 1; ep <= epochs; ep++) {
		tl = ae_train_epoch(t, X, idx + nval, ntr, &r);
		if (nval) {
			vl = ae_scores(t, X, idx, nval, NULL);
			if (vl < best) {
				best = vl;
				best_ep = ep;
				bad_epochs = 0;
				ae_copy_weights(keep, m);
			} else {
				bad_epochs++;
			}
		}
		if (!quiet)
			progress(tty, ep, epochs, tl, vl, nval > 0, t0);
		if (patience > 0 && bad_epochs >= patience) {
			ep++;
			break;
		}
	}
	if (tty)
		fputc('\n', stderr);
	if (nval) {
		ae_copy_weights(m, keep);
		if (!quiet && ep <= epochs)
			cli_warn("stopped early after epoch %ld: no better validation loss in %ld "
				 "epochs",
				 ep - 1, patience);
	}

	/* The distribution of every row's error, for ae_pct. */
	if ((err = malloc(n * sizeof *err)) == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	ae_scores(t, X, NULL, n, err);
	ae_set_quantiles(m, err, n);
	rc = ae_save(m, output);
	why = rc ? ae_strerror(rc) : NULL; /* before free() can touch errno */
	free(err);
	free(idx);
	free(X);
	free(x);
	free(shift);
	ae_trainer_free(t);
	ae_free(keep);
	ae_free(m);
	if (rc != 0)
		cli_die(rc == BLOB_ENOMEM ? EX_SOFTWARE : EX_IOERR, "cannot write model '%s': %s",
			output, why);
	if (!quiet) {
		if (nval)
			cli_warn("%zu rows (%zu held out), %zu columns; kept epoch %ld (validation loss "
				 "%.6g); model written to %s",
				 n, nval, d, best_ep, best, output);
		else
			cli_warn("%zu rows, %zu columns; final training loss %.6g; model written to %s",
				 n, d, tl, output);
	}
	return EX_OK;
}
