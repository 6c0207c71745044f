/*
 * ae-score - score rows with a model from ae-train: how badly the
 * autoencoder reconstructs each row, and which features it gets wrong.
 */
#include "ae.h"
#include "blob.h"
#include "cli.h"
#include "cols.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"Usage: ae-score -m MODEL [OPTIONS] [FILE...]\n"
	"Append ae_score (the row's mean squared reconstruction error, in standardised\n"
	"units), ae_pct (where that falls among the training rows' errors, 0..1) and,\n"
	"with -k, ae_top (the K features with the largest shares of the error).  FILEs\n"
	"(or stdin) are CSV or TSV, maybe gzip; the model's columns are found by name.\n"
	"\n"
	"  -m, --model FILE     the model written by ae-train [required]\n"
	"  -k, --explain K      append ae_top: the K features of largest share of the\n"
	"                       squared error, as name:share;name:share [0: no column]\n"
	"  -d, --delimiter C    field delimiter: a character, or 'tab' [detected from header]\n"
	"      --no-header      the first line is data; columns are named 1..N\n"
	"      --precision N    significant digits of the numbers written [6]\n"
	"      --strict         a value that is not a number is an error (exit 65) [warn,\n"
	"                       and treat it as missing]\n"
	"  -h, --help           show this help\n"
	"  -V, --version        show the version\n"
	"\n"
	"A row missing a value in one of the model's columns gets empty scores.\n"
	"\n"
	"Example: the ten rows worst reconstructed, with the two features to blame\n"
	"(ae_score is the third field from the end with -k, the second without):\n"
	"  ae-score -m normal.ae -k 2 today.csv | awk -F, 'NR > 1 { print $(NF-2) \",\" $0 }' |\n"
	"    sort -t, -k1,1gr | cut -d, -f2- | head\n";

static const struct option longopts[] = {
	{"model", required_argument, NULL, 'm'},
	{"explain", required_argument, NULL, 'k'},
	{"delimiter", required_argument, NULL, 'd'},
	{"no-header", no_argument, NULL, CLI_OPT_NO_HEADER},
	{"precision", required_argument, NULL, CLI_OPT_PRECISION},
	{"strict", no_argument, NULL, CLI_OPT_STRICT},
	{"help", no_argument, NULL, 'h'},
	{"version", no_argument, NULL, 'V'},
	{NULL, 0, NULL, 0},
};

static ae *
load_or_die(const char *path)
{
	uint32_t version;
	ae *m;
	int rc = ae_load(path, &m, &version);

	switch (rc) {
	case 0:
		return m;
	case BLOB_EOPEN:
		cli_die(EX_NOINPUT, "cannot open model '%s': %s", path, strerror(errno));
	case BLOB_EIO:
		cli_die(EX_IOERR, "model '%s': read error: %s", path, strerror(errno));
	case BLOB_ENOMEM:
		cli_die(EX_SOFTWARE, "out of memory");
	case BLOB_EVERSION:
		cli_die(EX_DATAERR, "model '%s' has format version %u; this ae-score reads version %d "
				    "(train the model again)",
			path, (unsigned)version, AE_VERSION);
	default:
		cli_die(EX_DATAERR, "model '%s': %s", path, ae_strerror(rc));
	}
}

/* Select the model's columns in the input by name. */
static void
select_model_columns(cli_in *in, const ae *m)
{
	size_t j, d = ae_nin(m);
	const char **names = malloc((d + 1) * sizeof *names);

	if (names == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	for (j = 0; j < d; j++)
		names[j] = ae_name(m, j);
	cli_in_select_names(in, names, d);
	free(names);
}

/* "name:share;..." for the K largest e[j], shares of their sum; "" when the
 * error is 0.  Ties go to the earlier column. */
static const char *
top(const ae *m, const double *e, size_t K, char *buf, size_t size, unsigned char *used)
{
	size_t d = ae_nin(m), j, r, len = 0;
	double sum = 0;

	for (j = 0; j < d; j++)
		sum += e[j];
	buf[0] = '\0';
	if (!(sum > 0))
		return buf;
	memset(used, 0, d);
	for (r = 0; r < K && r < d; r++) {
		size_t best = d;

		for (j = 0; j < d; j++)
			if (!used[j] && (best == d || e[j] > e[best]))
				best = j;
		used[best] = 1;
		len += (size_t)snprintf(buf + len, size - len, "%s%s:%.2f", r ? ";" : "",
					ae_name(m, best), e[best] / sum);
		if (len >= size)
			break;
	}
	return buf;
}

int
main(int argc, char **argv)
{
	cli_common common;
	const char *model = NULL;
	char *names[3] = {"ae_score", "ae_pct", "ae_top"}, *buf = NULL;
	long explain = 0;
	size_t d, j, size = 0;
	double *x, *e;
	float *work;
	unsigned char *used;
	int c;
	cli_in *in;
	rows_writer *out;
	ae *m;

	cli_init(argv[0]);
	cli_common_init(&common);
	while ((c = getopt_long(argc, argv, "m:k:d:hV", longopts, NULL)) != -1) {
		if (cli_common_opt(&common, c, optarg))
			continue;
		switch (c) {
		case 'm':
			model = optarg;
			break;
		case 'k':
			explain = cli_int("-k", optarg, 0, 1000000);
			break;
		case 'h':
			cli_help(usage);
		case 'V':
			cli_version();
		default:
			cli_usage("unknown option");
		}
	}
	if (model == NULL)
		cli_usage("-m MODEL is required");
	m = load_or_die(model);
	d = ae_nin(m);
	in = cli_in_open(&common, argv + optind, argc - optind, CLI_COLS_ALL);
	if (in == NULL) {
		ae_free(m);
		return EX_OK; /* empty input, empty output */
	}
	select_model_columns(in, m);
	for (j = 0; j < d; j++)
		size += strlen(ae_name(m, j)) + 8;
	x = malloc(d * sizeof *x);
	e = malloc(d * sizeof *e);
	used = malloc(d);
	work = malloc(ae_work_size(m) * sizeof *work);
	buf = malloc(size + 1);
	if (!x || !e || !used || !work || !buf)
		cli_die(EX_SOFTWARE, "out of memory");

	out = cli_out_open(in);
	cli_out_header(in, out, names, explain > 0 ? 3 : 2);
	while (cli_in_next(in, out)) {
		cli_out_row(in, out);
		for (j = 0; j < d; j++)
			if (!cli_in_value(in, j, &x[j]))
				break;
		if (j < d) {
			rows_put_empty(out);
			rows_put_empty(out);
			if (explain > 0)
				rows_put_empty(out);
		} else {
			double s = ae_error(m, x, e, work);

			rows_put_num(out, s, common.precision);
			rows_put_num(out, ae_pct(m, s), common.precision);
			if (explain > 0)
				rows_put_str(out, top(m, e, (size_t)explain, buf, size + 1, used));
		}
		cli_out_end(out);
	}
	cli_out_close(out);
	free(x);
	free(e);
	free(used);
	free(work);
	free(buf);
	ae_free(m);
	return cli_in_close(in);
}
