/*
 * cli.c - messages, option values and the input loop shared by the commands.
 */
#include "cli.h"
#include "cols.h"
#include "grp.h"
#include "num.h"
#include "ts.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define LOOKAHEAD_ROWS 100 /* rows read to find the numeric columns */

static const char *prog = "adkit";
/* The output, flushed before a data error ends the run, so that every row
 * read before the bad one is written. */
static rows_writer *open_out;

void
cli_init(const char *p)
{
	const char *slash = strrchr(p, '/');

	prog = slash ? slash + 1 : p;
	/* `| head` should end us quietly, even if our parent ignored SIGPIPE. */
	signal(SIGPIPE, SIG_DFL);
}

const char *
cli_prog(void)
{
	return prog;
}

static void
vmsg(const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", prog);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
cli_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
}

void
cli_die(int code, const char *fmt, ...)
{
	va_list ap;

	if (open_out && code != EX_IOERR) {
		rows_drop_row(open_out); /* the bad row's half: not a row */
		rows_flush(open_out);
	}
	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
	exit(code);
}

void
cli_usage(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s --help' for more information.\n", prog);
	exit(EX_USAGE);
}

static _Noreturn void
exit_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		fprintf(stderr, "%s: write error: %s\n", prog, strerror(errno));
		exit(EX_IOERR);
	}
	exit(EX_OK);
}

void
cli_help(const char *text)
{
	fputs(text, stdout);
	exit_stdout();
}

void
cli_version(void)
{
	printf("%s (adkit) %s\n", prog, ADK_VERSION);
	exit_stdout();
}

double
cli_num(const char *opt, const char *arg, double min, double max)
{
	double v;

	if (num_parse(arg, strlen(arg), &v) != NUM_OK)
		cli_usage("%s: not a number: '%s'", opt, arg);
	if (v < min || v > max)
		cli_usage("%s: %s is out of range [%g, %g]", opt, arg, min, max);
	return v;
}

long
cli_int(const char *opt, const char *arg, long min, long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (end == arg || *end != '\0' || errno)
		cli_usage("%s: not a whole number: '%s'", opt, arg);
	if (v < min || v > max)
		cli_usage("%s: %s is out of range [%ld, %ld]", opt, arg, min, max);
	return v;
}

void
cli_span_parse(const char *opt, const char *arg, cli_span *out)
{
	double v;
	int rc = ts_duration(arg, &v);

	if (rc < 0)
		cli_usage("%s: not a count or a duration (90s, 5m, 1h, 1d, 1w): '%s'", opt, arg);
	if (rc == 1) {
		if (v != floor(v) || v > 1e9)
			cli_usage("%s: a count of rows must be a whole number up to 1e9: '%s'", opt, arg);
		out->count = v;
		out->sec = 0;
	} else {
		if (!(v > 0))
			cli_usage("%s: a duration must be positive: '%s'", opt, arg);
		out->count = 0;
		out->sec = v;
	}
}

void
cli_common_init(cli_common *c)
{
	memset(c, 0, sizeof *c);
	c->precision = 6;
}

int
cli_common_opt(cli_common *c, int opt, const char *arg)
{
	switch (opt) {
	case 'c':
		c->columns = arg;
		return 1;
	case 't':
		c->time = arg;
		return 1;
	case 'g':
		c->group = arg;
		return 1;
	case 'd':
		if (strcmp(arg, "tab") == 0 || strcmp(arg, "\\t") == 0)
			c->delim = '\t';
		else if (strlen(arg) == 1 && arg[0] != '"' && arg[0] != '\n' && arg[0] != '\r')
			c->delim = (unsigned char)arg[0];
		else
			cli_usage("-d: the delimiter must be one character or 'tab': '%s'", arg);
		return 1;
	case CLI_OPT_NO_HEADER:
		c->no_header = 1;
		return 1;
	case CLI_OPT_PRECISION:
		c->precision = (int)cli_int("--precision", arg, 1, 17);
		return 1;
	case CLI_OPT_STRICT:
		c->strict = 1;
		return 1;
	case 'h':
	case 'V':
	case '?':
		return 0;
	}
	return 0;
}

/* ---- input ---- */

struct cli_in {
	const cli_common *opt;
	unsigned flags;
	char **files;
	int nfiles, cur;
	const char *fname;
	int fd;
	rows_reader *r;

	/* from the first file's header */
	char *hstore;
	rows_field *hdr;
	size_t nh;
	int delim;
	size_t *cols, ncols;
	long tcol;
	size_t *gcols, ngcols;
	unsigned long long *bad;   /* per selected column: values that were not numbers */
	int time_warned;

	grp *groups;
	char *key;
	size_t keycap;
};

static const char *
display_name(const char *f)
{
	return strcmp(f, "-") == 0 ? "stdin" : f;
}

static int
open_file(cli_in *in, int i)
{
	const char *f = in->nfiles ? in->files[i] : "-";

	in->fname = display_name(f);
	if (strcmp(f, "-") == 0) {
		in->fd = STDIN_FILENO;
		return 0;
	}
	in->fd = open(f, O_RDONLY);
	if (in->fd < 0)
		cli_die(EX_NOINPUT, "cannot open '%s': %s", f, strerror(errno));
	return 0;
}

static void
close_file(cli_in *in)
{
	rows_reader_free(in->r);
	in->r = NULL;
	if (in->fd > STDIN_FILENO)
		close(in->fd);
	in->fd = -1;
}

static int
read_error_code(int err)
{
	switch (err) {
	case ROWS_ENOMEM:
		return EX_SOFTWARE;
	case ROWS_EIO:
		return EX_IOERR;
	default:
		return EX_DATAERR;
	}
}

static _Noreturn void
die_read(cli_in *in)
{
	int err = rows_errcode(in->r);

	if (err == ROWS_EFIELDS) {
		size_t want, got;

		rows_field_counts(in->r, &want, &got);
		cli_die(EX_DATAERR, "%s:%lld: expected %zu fields (as in the header), found %zu",
			in->fname, rows_line(in->r), want, got);
	}
	if (err == ROWS_EIO)
		cli_die(EX_IOERR, "%s: read error: %s", in->fname, strerror(errno));
	cli_die(read_error_code(err), "%s:%lld: %s", in->fname, rows_line(in->r),
		rows_strerror(err));
}

/* Open file i's reader; 0, or -1 if it is empty. */
static int
start_file(cli_in *in, int i)
{
	int err;
	unsigned f = in->opt->no_header ? ROWS_NO_HEADER : 0;

	open_file(in, i);
	/* Later files are read with the first one's delimiter: rows are passed
	 * through as read, so a TSV file after a CSV one must not slip in (its
	 * header then differs from the first's). */
	in->r = rows_reader_new(in->fd, in->opt->delim ? in->opt->delim : in->delim, f, &err);
	if (in->r == NULL) {
		if (err == ROWS_ENOHDR) {
			close_file(in);
			return -1;
		}
		if (err == ROWS_EIO)
			cli_die(EX_IOERR, "%s: read error: %s", in->fname, strerror(errno));
		cli_die(read_error_code(err), "%s:1: %s", in->fname, rows_strerror(err));
	}
	return 0;
}

static void
header_list(const cli_in *in, char *buf, size_t size)
{
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < in->nh && len + 4 < size; i++) {
		int n = snprintf(buf + len, size - len, "%s%.*s", i ? ", " : "", (int)in->hdr[i].n,
				 in->hdr[i].p);
		if (n < 0)
			break;
		len += (size_t)n;
	}
	if (len >= size)
		strcpy(buf + size - 4, "...");
}

static void
select_or_die(cli_in *in, const char *opt, const char *spec, size_t **idx, size_t *n)
{
	char *bad = NULL, list[1024];
	int rc = cols_select(spec, in->hdr, in->nh, idx, n, &bad);

	if (rc == COLS_OK)
		return;
	if (rc == COLS_ENOMEM)
		cli_die(EX_SOFTWARE, "out of memory");
	header_list(in, list, sizeof list);
	if (rc == COLS_ERANGE)
		cli_usage("%s: bad column range '%s'", opt, bad ? bad : "");
	if (rc == COLS_EEMPTY)
		cli_usage("%s: empty column name in '%s'", opt, spec);
	cli_usage("%s: no column '%s' in the header of %s (columns: %s)", opt, bad ? bad : "",
		  in->fname, list);
}

static int
is_time_name(const rows_field *f)
{
	static const char *const names[] = {"timestamp", "time", "ts", "date"};
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strlen(names[i]) == f->n && memcmp(names[i], f->p, f->n) == 0)
			return 1;
	return 0;
}

/* Without -c: the columns where, in the first rows, numbers outnumber text
 * (missing values do not count), except the time and group columns.  A read
 * error met while looking ahead is reported when the loop reaches it. */
static void
default_columns(cli_in *in)
{
	long *score = calloc(in->nh, sizeof *score);
	char *skip = calloc(in->nh, 1);
	size_t i, j, nf;
	int rows = 0;
	double v;

	in->cols = malloc(in->nh * sizeof *in->cols);
	if (score == NULL || skip == NULL || in->cols == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	for (j = 0; j < in->ngcols; j++)
		skip[in->gcols[j]] = 1;
	if (in->tcol >= 0)
		skip[in->tcol] = 1;
	rows_mark(in->r);
	while (rows < LOOKAHEAD_ROWS && rows_read(in->r) == 1) {
		const rows_field *f = rows_fields(in->r, &nf);

		for (i = 0; i < nf; i++) {
			int k = num_parse(f[i].p, f[i].n, &v);

			score[i] += k == NUM_OK ? 1 : k == NUM_BAD ? -1 : 0;
		}
		rows++;
	}
	rows_rewind(in->r);
	/* A header without rows (an empty range from cron) has no evidence:
	 * every column but time and group is taken, so the header still gains
	 * the columns that the next tool of a pipeline asks for. */
	for (i = 0; i < in->nh; i++)
		if (!skip[i] && (score[i] > 0 || rows == 0))
			in->cols[in->ncols++] = i;
	free(score);
	free(skip);
}

cli_in *
cli_in_open(const cli_common *c, char **files, int nfiles, unsigned flags)
{
	cli_in *in = calloc(1, sizeof *in);
	size_t i, total = 0, nt;
	const rows_field *h;
	int k;

	if (in == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	in->opt = c;
	in->flags = flags;
	in->files = files;
	in->nfiles = nfiles;
	in->fd = -1;
	in->tcol = -1;
	/* Fail before any output if an input cannot be opened. */
	for (k = 0; k < nfiles; k++)
		if (strcmp(files[k], "-") != 0 && access(files[k], R_OK) != 0)
			cli_die(EX_NOINPUT, "cannot open '%s': %s", files[k], strerror(errno));
	for (in->cur = 0; in->cur < (nfiles ? nfiles : 1); in->cur++)
		if (start_file(in, in->cur) == 0)
			break;
	if (in->r == NULL) {
		free(in);
		return NULL; /* every input is empty */
	}
	in->delim = rows_delim(in->r);
	h = rows_header(in->r, &in->nh);
	for (i = 0; i < in->nh; i++)
		total += h[i].n;
	in->hstore = malloc(total + 1);
	in->hdr = malloc(in->nh * sizeof *in->hdr);
	in->groups = grp_new();
	if (!in->hstore || !in->hdr || !in->groups)
		cli_die(EX_SOFTWARE, "out of memory");
	for (i = 0, total = 0; i < in->nh; i++) {
		memcpy(in->hstore + total, h[i].p, h[i].n);
		in->hdr[i].p = in->hstore + total;
		in->hdr[i].n = h[i].n;
		total += h[i].n;
	}

	if (c->group)
		select_or_die(in, "-g", c->group, &in->gcols, &in->ngcols);
	if (c->time) {
		size_t *t;

		select_or_die(in, "-t", c->time, &t, &nt);
		if (nt != 1)
			cli_usage("-t: give one time column, not '%s'", c->time);
		in->tcol = (long)t[0];
		free(t);
	} else {
		for (i = 0; i < in->nh && in->tcol < 0; i++)
			if (is_time_name(&in->hdr[i]))
				in->tcol = (long)i;
	}
	if ((flags & CLI_NEED_TIME) && in->tcol < 0)
		cli_usage("a duration needs a time column: name one with -t (no column named "
			  "timestamp, time, ts or date in %s)", in->fname);
	if (c->columns)
		select_or_die(in, "-c", c->columns, &in->cols, &in->ncols);
	else if (!(flags & CLI_COLS_ALL))
		default_columns(in);
	if (!(flags & CLI_COLS_ALL) && in->ncols == 0)
		cli_die(EX_DATAERR, "%s: no numeric column to score (name them with -c)", in->fname);
	in->bad = calloc(in->ncols + 1, sizeof *in->bad);
	if (in->bad == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	return in;
}

static int
same_header(const cli_in *in)
{
	size_t n, i;
	const rows_field *h = rows_header(in->r, &n);

	if (n != in->nh)
		return 0;
	for (i = 0; i < n; i++)
		if (h[i].n != in->hdr[i].n || memcmp(h[i].p, in->hdr[i].p, h[i].n) != 0)
			return 0;
	return 1;
}

int
cli_in_next(cli_in *in, rows_writer *out)
{
	int rc;

	if (out)
		open_out = out;
	for (;;) {
		if (in->r == NULL)
			return 0;
		rc = rows_read(in->r);
		if (rc == 1)
			return 1;
		if (rc < 0) {
			die_read(in);
		}
		close_file(in);
		while (++in->cur < in->nfiles) {
			if (start_file(in, in->cur) < 0)
				continue;
			if (!same_header(in)) {
				cli_die(EX_DATAERR, "%s:1: header differs from the first input's",
					in->fname);
			}
			break;
		}
	}
}

int
cli_in_close(cli_in *in)
{
	size_t j;

	if (in == NULL)
		return EX_OK;
	for (j = 0; j < in->ncols; j++) {
		if (in->bad[j] == 0)
			continue;
		cli_warn("column '%s': %llu value%s not a number, scored as missing",
			 cli_in_colname(in, j), in->bad[j], in->bad[j] == 1 ? " was" : "s were");
	}
	close_file(in);
	grp_free(in->groups);
	free(in->key);
	free(in->hstore);
	free(in->hdr);
	free(in->cols);
	free(in->gcols);
	free(in->bad);
	free(in);
	return EX_OK;
}

const rows_field *
cli_in_header(const cli_in *in, size_t *n)
{
	*n = in->nh;
	return in->hdr;
}

size_t
cli_in_ncols(const cli_in *in)
{
	return in->ncols;
}

size_t
cli_in_col(const cli_in *in, size_t j)
{
	return in->cols[j];
}

const char *
cli_in_colname(const cli_in *in, size_t j)
{
	static char name[256];
	const rows_field *f = &in->hdr[in->cols[j]];

	snprintf(name, sizeof name, "%.*s", (int)f->n, f->p);
	return name;
}

int
cli_in_has_time(const cli_in *in)
{
	return in->tcol >= 0;
}

int
cli_in_delim(const cli_in *in)
{
	return in->delim;
}

size_t
cli_in_group(cli_in *in, int *added)
{
	size_t nf, j, len = 0;
	const rows_field *f;
	long g;

	*added = 0;
	if (in->ngcols == 0) {
		if (grp_count(in->groups) == 0) {
			*added = 1;
			if (grp_get(in->groups, "", 0, added) < 0)
				cli_die(EX_SOFTWARE, "out of memory");
		}
		return 0;
	}
	f = rows_fields(in->r, &nf);
	for (j = 0; j < in->ngcols; j++)
		len += 2 * f[in->gcols[j]].n + 3;
	if (len > in->keycap) {
		free(in->key);
		in->keycap = len * 2;
		in->key = malloc(in->keycap);
		if (in->key == NULL)
			cli_die(EX_SOFTWARE, "out of memory");
	}
	/* Join the values as a CSV record would: a value holding the delimiter
	 * or a quote is quoted, so ("a,b","c") and ("a","b,c") stay apart. */
	for (j = 0, len = 0; j < in->ngcols; j++) {
		const rows_field *v = &f[in->gcols[j]];
		size_t i;

		if (j)
			in->key[len++] = (char)in->delim;
		if (memchr(v->p, in->delim, v->n) == NULL && memchr(v->p, '"', v->n) == NULL) {
			memcpy(in->key + len, v->p, v->n);
			len += v->n;
			continue;
		}
		in->key[len++] = '"';
		for (i = 0; i < v->n; i++) {
			if (v->p[i] == '"')
				in->key[len++] = '"';
			in->key[len++] = v->p[i];
		}
		in->key[len++] = '"';
	}
	g = grp_get(in->groups, in->key, len, added);
	if (g < 0)
		cli_die(EX_SOFTWARE, "out of memory");
	return (size_t)g;
}

int
cli_in_time(cli_in *in, double *t)
{
	size_t nf;
	const rows_field *f;

	if (in->tcol < 0)
		return 0;
	f = rows_fields(in->r, &nf);
	if (ts_parse(f[in->tcol].p, f[in->tcol].n, t) == 0)
		return 1;
	if (in->opt->strict)
		cli_die(EX_DATAERR, "%s:%lld: column '%.*s': not a time: '%.*s'", in->fname,
			rows_line(in->r), (int)in->hdr[in->tcol].n, in->hdr[in->tcol].p,
			(int)f[in->tcol].n, f[in->tcol].p);
	if (!in->time_warned++)
		cli_warn("%s:%lld: column '%.*s': not a time: '%.*s' (the row is scored as "
			 "missing; further ones are not shown)",
			 in->fname, rows_line(in->r), (int)in->hdr[in->tcol].n, in->hdr[in->tcol].p,
			 (int)f[in->tcol].n, f[in->tcol].p);
	return 0;
}

int
cli_in_value(cli_in *in, size_t j, double *x)
{
	size_t nf;
	const rows_field *f = rows_fields(in->r, &nf), *v = &f[in->cols[j]];
	int rc = num_parse(v->p, v->n, x);

	if (rc == NUM_OK)
		return 1;
	if (rc == NUM_MISSING)
		return 0;
	if (in->opt->strict)
		cli_die(EX_DATAERR, "%s:%lld: column '%s': not a number: '%.*s'", in->fname,
			rows_line(in->r), cli_in_colname(in, j), (int)v->n, v->p);
	if (in->bad[j]++ == 0)
		cli_warn("%s:%lld: column '%s': not a number: '%.*s' (scored as missing; "
			 "further ones in this column are counted at the end)",
			 in->fname, rows_line(in->r), cli_in_colname(in, j), (int)v->n, v->p);
	return 0;
}

const char *
cli_in_file(const cli_in *in)
{
	return in->fname;
}

long long
cli_in_line(const cli_in *in)
{
	return rows_line(in->r);
}

/* ---- output ---- */

rows_writer *
cli_out_open(const cli_in *in)
{
	rows_writer *w = rows_writer_new(STDOUT_FILENO, in->delim);

	if (w == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	open_out = w;
	return w;
}

void
cli_out_header(const cli_in *in, rows_writer *out, char *const *names, size_t n)
{
	size_t i, len;
	const char *raw;

	for (i = 0; i < n; i++)
		if (cols_find(in->hdr, in->nh, names[i], strlen(names[i])) >= 0)
			cli_usage("output column '%s' is already in the input (rename it with "
				  "--suffix)", names[i]);
	if (in->opt->no_header)
		return;
	raw = rows_header_raw(in->r, &len);
	rows_put_raw(out, raw, len);
	for (i = 0; i < n; i++)
		rows_put_str(out, names[i]);
	cli_out_end(out);
}

char **
cli_names(const cli_in *in, const char *const *suffixes, size_t n)
{
	char **names = calloc(in->ncols * n + 1, sizeof *names);
	size_t j, k;

	if (names == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	for (j = 0; j < in->ncols; j++) {
		const rows_field *f = &in->hdr[in->cols[j]];

		for (k = 0; k < n; k++) {
			char *s = malloc(f->n + strlen(suffixes[k]) + 1);

			if (s == NULL)
				cli_die(EX_SOFTWARE, "out of memory");
			memcpy(s, f->p, f->n);
			strcpy(s + f->n, suffixes[k]);
			names[j * n + k] = s;
		}
	}
	return names;
}

void
cli_names_free(char **names, size_t n)
{
	size_t i;

	if (names == NULL)
		return;
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

void
cli_out_row(const cli_in *in, rows_writer *out)
{
	size_t n;
	const char *raw = rows_raw(in->r, &n);

	rows_put_raw(out, raw, n);
}

static _Noreturn void
die_write(rows_writer *out)
{
	cli_die(EX_IOERR, "write error: %s", strerror(rows_write_errno(out)));
}

void
cli_out_end(rows_writer *out)
{
	if (rows_end_row(out) < 0)
		die_write(out);
}

void
cli_out_close(rows_writer *out)
{
	if (rows_flush(out) < 0)
		die_write(out);
	if (open_out == out)
		open_out = NULL;
	rows_writer_free(out);
}

/* ---- columns named by the tool itself ---- */

const rows_field *
cli_in_fields(const cli_in *in, size_t *n)
{
	return rows_fields(in->r, n);
}

size_t
cli_in_find(const cli_in *in, const char *what, const char *name, size_t len)
{
	char list[1024];
	long i = cols_find(in->hdr, in->nh, name, len);

	if (i >= 0)
		return (size_t)i;
	header_list(in, list, sizeof list);
	cli_usage("%s: no column '%.*s' in the header of %s (columns: %s)", what, (int)len, name,
		  in->fname, list);
}

void
cli_in_select(cli_in *in, const size_t *idx, size_t n)
{
	free(in->cols);
	free(in->bad);
	in->cols = malloc((n + 1) * sizeof *in->cols);
	in->bad = calloc(n + 1, sizeof *in->bad);
	if (in->cols == NULL || in->bad == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	if (n > 0)
		memcpy(in->cols, idx, n * sizeof *idx);
	in->ncols = n;
}

void
cli_in_select_names(cli_in *in, const char *const *names, size_t n)
{
	size_t *idx = malloc((n + 1) * sizeof *idx), j, nmiss = 0, len = 0;
	char miss[1024], cols[1024];

	if (idx == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	miss[0] = cols[0] = '\0';
	for (j = 0; j < n; j++) {
		long k = cols_find(in->hdr, in->nh, names[j], strlen(names[j]));

		if (k >= 0) {
			idx[j] = (size_t)k;
			continue;
		}
		if (len < sizeof miss - 1)
			len += (size_t)snprintf(miss + len, sizeof miss - len, "%s'%s'",
						nmiss ? ", " : "", names[j]);
		nmiss++;
	}
	if (nmiss == 0) {
		cli_in_select(in, idx, n);
		free(idx);
		return;
	}
	free(idx);
	for (j = 0, len = 0; j < in->nh && len < sizeof cols - 1; j++)
		len += (size_t)snprintf(cols + len, sizeof cols - len, "%s%.*s", j ? ", " : "",
					(int)in->hdr[j].n, in->hdr[j].p);
	cli_die(EX_DATAERR, "%s: %zu of the model's %zu columns not in the input: %s (input "
		"columns: %s)", in->fname, nmiss, n, miss, cols);
}

long
cli_in_time_col(const cli_in *in)
{
	return in->tcol;
}
