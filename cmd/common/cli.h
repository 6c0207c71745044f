/*
 * cli.h - what every adkit command shares: messages and exit codes, the
 * option parsers, the stream-contract options (-c -t -g -d --no-header
 * --precision --strict) and the input side of the row loop.
 *
 * This is command code: it prints and exits.  The library (lib/) does not.
 */
#ifndef ADK_CLI_H
#define ADK_CLI_H

#include <getopt.h>
#include <stddef.h>
#include <stdio.h>
#include <sysexits.h>

#include "rows.h"

/* Exit codes (sysexits.h): EX_OK 0, EX_USAGE 64, EX_DATAERR 65,
 * EX_NOINPUT 66, EX_SOFTWARE 70, EX_IOERR 74. */

void cli_init(const char *prog);
const char *cli_prog(void);
void cli_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void cli_die(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A usage error: the message, a pointer to --help, exit 64. */
_Noreturn void cli_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Write help text to stdout and exit 0 (74 if stdout fails). */
_Noreturn void cli_help(const char *text);
_Noreturn void cli_version(void);

/* Range-checked option values; errors name the option and the value. */
double cli_num(const char *opt, const char *arg, double min, double max);
long cli_int(const char *opt, const char *arg, long min, long max);

/* A count of rows or a duration ("90s", "5m", "1h", "1d", "1w"). */
typedef struct {
	double count; /* rows, when sec == 0 */
	double sec;   /* > 0: a duration in seconds */
} cli_span;
void cli_span_parse(const char *opt, const char *arg, cli_span *out);

/* The stream-contract options. */
typedef struct {
	const char *columns; /* -c */
	const char *time;    /* -t */
	const char *group;   /* -g */
	int delim;           /* -d; 0: detect */
	int no_header;
	int precision;       /* --precision [6] */
	int strict;          /* --strict: a non-number is an error (65) */
} cli_common;

enum {
	CLI_OPT_NO_HEADER = 0x1000,
	CLI_OPT_PRECISION,
	CLI_OPT_STRICT,
	CLI_OPT_FIRST_TOOL /* tools number their own long-only options from here */
};

#define CLI_COMMON_SHORTOPTS "c:t:g:d:hV"
#define CLI_COMMON_LONGOPTS                                                             \
	{"columns", required_argument, NULL, 'c'}, {"time", required_argument, NULL, 't'}, \
	{"group", required_argument, NULL, 'g'}, {"delimiter", required_argument, NULL, 'd'}, \
	{"no-header", no_argument, NULL, CLI_OPT_NO_HEADER},                               \
	{"precision", required_argument, NULL, CLI_OPT_PRECISION},                         \
	{"strict", no_argument, NULL, CLI_OPT_STRICT}, {"help", no_argument, NULL, 'h'},   \
	{"version", no_argument, NULL, 'V'}

/* Help lines for the options above. */
#define CLI_COMMON_HELP                                                                        \
	"  -c, --columns LIST   columns: names or 1-based numbers, ranges 2-5 [every numeric\n"     \
	"                       column but the time and group columns]\n"                           \
	"  -t, --time COL       time column: epoch seconds or ISO 8601 [timestamp, time, ts\n"      \
	"                       or date, if present]\n"                                             \
	"  -g, --group LIST     keep separate state for each distinct value of these columns\n"     \
	"  -d, --delimiter C    field delimiter: a character, or 'tab' [detected from header]\n"     \
	"      --no-header      the first line is data; columns are named 1..N\n"                   \
	"      --precision N    significant digits of the numbers written [6]\n"                   \
	"      --strict         a value that is not a number is an error (exit 65) [warn, and\n"   \
	"                       treat it as missing]\n"                                             \
	"  -h, --help           show this help\n"                                                   \
	"  -V, --version        show the version\n"

void cli_common_init(cli_common *c);
/* Handle a common option; 1 if it was one, 0 if not. */
int cli_common_opt(cli_common *c, int opt, const char *arg);

/*
 * The input side of the loop: files (or stdin) one after another as one
 * stream.  Each file's header must name the same columns as the first.
 */
typedef struct cli_in cli_in;

#define CLI_NEED_TIME 1   /* the tool needs the time column (durations) */
#define CLI_COLS_ALL 2    /* without -c: no default selection; ncols is 0 */

/* Opens the first input and reads its header; exits on error.  files may be
 * empty (stdin); "-" is stdin.  Returns NULL when the input is empty. */
cli_in *cli_in_open(const cli_common *c, char **files, int nfiles, unsigned flags);
/* Close and report the count of bad values; returns the exit code to use. */
int cli_in_close(cli_in *in);

/* Next row: 1, or 0 at the end of the last input.  Exits on a read or data
 * error.  Any data error (here, or cli_die from the tool) first flushes the
 * output opened by cli_out_open (or given here), so that every row before
 * the bad one is written. */
int cli_in_next(cli_in *in, rows_writer *out);

const rows_field *cli_in_header(const cli_in *in, size_t *n);
size_t cli_in_ncols(const cli_in *in);
/* Index in the header of the j-th selected column. */
size_t cli_in_col(const cli_in *in, size_t j);
const char *cli_in_colname(const cli_in *in, size_t j);
int cli_in_has_time(const cli_in *in);
int cli_in_delim(const cli_in *in);

/* The current row's group (0..ngroups-1; 0 without -g); *added is 1 for a
 * group seen first on this row. */
size_t cli_in_group(cli_in *in, int *added);

/* The current row's time: 1 and *t, or 0 if it has none (warned once). */
int cli_in_time(cli_in *in, double *t);
/* The j-th selected column's value: 1 with *x, 0 if missing or not a
 * number (warned once per column; --strict exits 65). */
int cli_in_value(cli_in *in, size_t j, double *x);

/* Where the current row came from, for messages. */
const char *cli_in_file(const cli_in *in);
long long cli_in_line(const cli_in *in);

/* A writer on stdout with the input's delimiter; the header, with names
 * appended, unless --no-header. */
rows_writer *cli_out_open(const cli_in *in);
void cli_out_header(const cli_in *in, rows_writer *out, char *const *names, size_t n);
/* The names of the appended columns: for each selected column, the column's
 * name followed by each of the n suffixes (ncols * n names; free with
 * cli_names_free). */
char **cli_names(const cli_in *in, const char *const *suffixes, size_t n);
void cli_names_free(char **names, size_t n);
/* Write the current row as read (before the tool's fields). */
void cli_out_row(const cli_in *in, rows_writer *out);
/* End a row; exits 74 on a write error. */
void cli_out_end(rows_writer *out);
/* Flush and free; exits 74 on a write error. */
void cli_out_close(rows_writer *out);

/* The current row's fields, as read (views valid until the next
 * cli_in_next). */
const rows_field *cli_in_fields(const cli_in *in, size_t *n);
/* Index in the header of the column named name (len bytes); without one,
 * a usage error naming it, what asked for it, and listing the header. */
size_t cli_in_find(const cli_in *in, const char *what, const char *name, size_t len);
/* Replace the columns cli_in_value reads (for tools whose columns come
 * from elsewhere than -c, such as vote's rules): header indexes idx[0..n),
 * copied.  Call before the first cli_in_next. */
void cli_in_select(cli_in *in, const size_t *idx, size_t n);
/* cli_in_select by name, for a model's columns: names[0..n) in the model's
 * order.  An input that lacks some is a data error (65) naming every one of
 * them and listing the header (each list cut at 1 KB). */
void cli_in_select_names(cli_in *in, const char *const *names, size_t n);

/* Index in the header of the time column, or -1 if there is none. */
long cli_in_time_col(const cli_in *in);

#endif
