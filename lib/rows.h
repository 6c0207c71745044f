/*
 * rows.h - the CSV/TSV row stream every adkit tool reads and writes.
 *
 * Reader: RFC 4180 CSV (quoted fields with embedded delimiters, quotes and
 * newlines) or TSV, LF or CRLF endings, an optional UTF-8 BOM, plain or gzip
 * (zlib reads either transparently).  Records are found by a small quote-aware
 * scanner; records that hold no quote are split in place, records that do are
 * handed to libcsv to be unquoted.
 *
 * Ownership: a reader never closes the descriptor it is given (it reads from
 * a duplicate).  Fields returned by rows_read() are views into the reader's
 * buffer and stay valid until the next rows_read(), rows_rewind() or
 * rows_reader_free().  Header fields stay valid for the reader's lifetime.
 * Every _free() accepts NULL.
 *
 * Errors: functions return -1 (or NULL) and leave a code in rows_errcode();
 * rows_strerror() gives its text.  Nothing here prints or exits.
 */
#ifndef ADK_ROWS_H
#define ADK_ROWS_H

#include <stddef.h>

typedef struct rows_reader rows_reader;
typedef struct rows_writer rows_writer;

/* A field: n bytes at p, not NUL-terminated. */
typedef struct {
	const char *p;
	size_t n;
} rows_field;

enum rows_err {
	ROWS_OK = 0,
	ROWS_ENOMEM,   /* out of memory */
	ROWS_EIO,      /* read error (errno or zlib) */
	ROWS_EGZIP,    /* corrupt or truncated gzip stream */
	ROWS_EQUOTE,   /* quoted field not closed before end of input */
	ROWS_EFIELDS,  /* record has a different number of fields than the header */
	ROWS_ENOHDR,   /* input is empty: no header line */
	ROWS_EWRITE    /* write error (errno) */
};

/* rows_reader_new() flags */
#define ROWS_NO_HEADER 1 /* first line is data; columns are named 1..N */

/*
 * Open a reader on fd.  delim is the field delimiter, or 0 to detect it
 * from the first line (tab when it holds more tabs than commas, else comma).
 * Reads and parses the header line before returning; NULL on error with
 * *err set (ROWS_ENOHDR for an empty input).
 */
rows_reader *rows_reader_new(int fd, int delim, unsigned flags, int *err);
void rows_reader_free(rows_reader *r);

/* 1: a record is ready; 0: end of input; -1: error (see rows_errcode). */
int rows_read(rows_reader *r);

const rows_field *rows_fields(const rows_reader *r, size_t *n);
/* The record's bytes as read, without its line ending (for pass-through). */
const char *rows_raw(const rows_reader *r, size_t *n);
/* 1-based line on which the current record (or the failing one) starts. */
long long rows_line(const rows_reader *r);

const rows_field *rows_header(const rows_reader *r, size_t *n);
/* The header line as read, without BOM and line ending; NULL with
 * ROWS_NO_HEADER. */
const char *rows_header_raw(const rows_reader *r, size_t *n);
int rows_delim(const rows_reader *r);

/*
 * Look-ahead: rows_mark() remembers the position before the next record;
 * rows_rewind() returns to it, so the records read since are read again
 * (and an error met since is forgotten, to be met again).
 * While a mark is set the reader keeps every byte since it, so callers look
 * ahead only a bounded number of records.
 */
void rows_mark(rows_reader *r);
void rows_rewind(rows_reader *r);

int rows_errcode(const rows_reader *r);
/* For ROWS_EFIELDS: the field count expected and the one found. */
void rows_field_counts(const rows_reader *r, size_t *expected, size_t *found);

const char *rows_strerror(int code);

/*
 * Writer: buffered output to fd (never closed by the writer).  Fields of a
 * row are separated by the delimiter; rows end with LF.  rows_put_field
 * quotes a value when it holds the delimiter, a quote, CR or LF.
 * Every call returns 0, or -1 once a write has failed (errno saved).
 */
rows_writer *rows_writer_new(int fd, int delim);
/* Flushes, then frees; returns -1 if any write failed. */
int rows_writer_free(rows_writer *w);
int rows_put_raw(rows_writer *w, const char *p, size_t n); /* one field's worth of raw bytes */
int rows_put_field(rows_writer *w, const char *p, size_t n);
int rows_put_str(rows_writer *w, const char *s);
int rows_put_num(rows_writer *w, double x, int precision); /* empty unless finite */
int rows_put_empty(rows_writer *w);
int rows_end_row(rows_writer *w);
/* Write out everything buffered, a row begun included. */
int rows_flush(rows_writer *w);
/* Take back the row begun and not ended (a row is never written out until
 * rows_end_row, however long it grows). */
void rows_drop_row(rows_writer *w);
/* errno of the first failed write, 0 if none. */
int rows_write_errno(const rows_writer *w);

#endif
