/*
 * rows.c - CSV/TSV row stream.
 *
 * The reader keeps one buffer of raw input.  A record is found by looking
 * for the LF that ends it: memchr for the common record without quotes, and
 * a four-state scanner (field start, unquoted, quoted, quote-in-quoted) once
 * a quote opens a field, so that LFs inside quotes do not end the record.
 * A quote only opens a field at its start, as in libcsv's default mode, so
 * `5" screen` is plain text.  Records without quoted fields are split in
 * place (fields are views into the buffer); the rest go through libcsv,
 * whose unquoted values land in a second buffer.
 */
#include "rows.h"
#include "num.h"

#include <csv.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define READ_CHUNK (1u << 17)
#define NONE ((size_t)-1)

enum { S_PLAIN, S_START, S_UNQ, S_Q, S_QQ };

struct rows_reader {
	int fd;             /* a duplicate of the caller's descriptor */
	int eof;            /* no more input */
	int gzip;           /* the input is gzip: inflate it */
	z_stream zs;
	unsigned char *zin; /* compressed input */
	int in_eof;         /* read() on fd returned 0 */
	int zend;           /* the last gzip member ended cleanly */
	int delim;
	unsigned flags;
	int err;

	char *buf;          /* raw input bytes [0, len) */
	size_t cap, len;
	size_t pos;         /* start of the next record */
	size_t scan;        /* where the scan for the next record's end resumes */
	int sstate;         /* scanner state at scan */
	int quoted;         /* the record being scanned has a quoted field */
	long long line;     /* line number at pos */

	size_t rec_off, rec_len; /* current record, raw, without line ending */
	long long rec_line;
	rows_field *f;      /* current record's fields */
	size_t nf, fcap;

	struct csv_parser csv;
	char *qbuf;         /* unquoted field values of a quoted record */
	size_t qlen, qcap;
	size_t *qoff;       /* per field: offset in qbuf, then length */
	size_t nq, qocap;
	int qfail;

	int marked;
	size_t mark_pos;
	long long mark_line;

	char *hstore;       /* header raw line, then its unquoted names */
	size_t hraw_n;
	rows_field *hf;
	size_t nh;
	size_t expected, found;
};

struct rows_writer {
	int fd;
	int delim;
	int col;            /* fields written in the current row */
	int err;            /* errno of the first failed write */
	char *buf;
	size_t len, cap;
	size_t row;         /* where the row being written starts in buf */
};

static const char *const errtext[] = {
	[ROWS_OK] = "success",
	[ROWS_ENOMEM] = "out of memory",
	[ROWS_EIO] = "read error",
	[ROWS_EGZIP] = "corrupt or truncated gzip data",
	[ROWS_EQUOTE] = "quoted field is not closed before the end of input",
	[ROWS_EFIELDS] = "wrong number of fields",
	[ROWS_ENOHDR] = "empty input: no header line",
	[ROWS_EWRITE] = "write error",
};

const char *
rows_strerror(int code)
{
	if (code < 0 || code > ROWS_EWRITE)
		return "unknown error";
	return errtext[code];
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0; /* keep blanks around unquoted values: pass-through is exact */
}

static int
no_term(unsigned char c)
{
	(void)c;
	return 0; /* we hand libcsv one record at a time, without its LF */
}

static void
grow_or_fail(void **p, size_t *cap, size_t need, size_t elem, int *fail)
{
	size_t ncap;
	void *np;

	if (need <= *cap)
		return;
	ncap = *cap ? *cap : 16;
	while (ncap < need)
		ncap *= 2;
	np = realloc(*p, ncap * elem);
	if (np == NULL) {
		*fail = 1;
		return;
	}
	*p = np;
	*cap = ncap;
}

/* libcsv callback: one unquoted field value. */
static void
on_field(void *s, size_t n, void *data)
{
	rows_reader *r = data;
	int fail = 0;

	grow_or_fail((void **)&r->qbuf, &r->qcap, r->qlen + n + 1, 1, &fail);
	grow_or_fail((void **)&r->qoff, &r->qocap, 2 * (r->nq + 1), sizeof(size_t), &fail);
	if (fail) {
		r->qfail = 1;
		return;
	}
	if (n)
		memcpy(r->qbuf + r->qlen, s, n);
	r->qoff[2 * r->nq] = r->qlen;
	r->qoff[2 * r->nq + 1] = n;
	r->nq++;
	r->qlen += n;
}

static int
fail(rows_reader *r, int code)
{
	r->err = code;
	return -1;
}

static ssize_t
raw_read(rows_reader *r, void *p, size_t n)
{
	ssize_t got;

	do
		got = read(r->fd, p, n);
	while (got < 0 && errno == EINTR);
	return got;
}

static int
fill_plain(rows_reader *r)
{
	ssize_t n = raw_read(r, r->buf + r->len, READ_CHUNK);

	if (n < 0)
		return fail(r, ROWS_EIO);
	if (n == 0)
		r->eof = 1;
	r->len += (size_t)n;
	return 0;
}

/*
 * Inflate until some output comes (or the input ends).  Concatenated gzip
 * members are read one after another, as gzip -d does; input that ends
 * inside a member is an error, not a silent short read.
 */
static int
fill_gzip(rows_reader *r)
{
	int ret;

	r->zs.next_out = (Bytef *)r->buf + r->len;
	r->zs.avail_out = READ_CHUNK;
	while (r->zs.avail_out == READ_CHUNK) {
		if (r->zs.avail_in == 0 && !r->in_eof) {
			ssize_t n = raw_read(r, r->zin, READ_CHUNK);

			if (n < 0)
				return fail(r, ROWS_EIO);
			r->in_eof = n == 0;
			r->zs.next_in = r->zin;
			r->zs.avail_in = (uInt)n;
		}
		if (r->zs.avail_in == 0) {
			if (!r->zend)
				return fail(r, ROWS_EGZIP);
			r->eof = 1;
			break;
		}
		if (r->zend && *r->zs.next_in == 0) {
			/* Zeros after a member (block padding): gzip -d ignores
			 * them, and so do we. */
			r->zs.next_in++;
			r->zs.avail_in--;
			continue;
		}
		r->zend = 0;
		ret = inflate(&r->zs, Z_NO_FLUSH);
		if (ret == Z_STREAM_END) {
			r->zend = 1;
			inflateReset(&r->zs);
		} else if (ret == Z_MEM_ERROR) {
			return fail(r, ROWS_ENOMEM);
		} else if (ret != Z_OK && ret != Z_BUF_ERROR) {
			return fail(r, ROWS_EGZIP);
		}
	}
	r->len += READ_CHUNK - r->zs.avail_out;
	return 0;
}

/* Read more input, keeping everything from the mark or the record start. */
static int
refill(rows_reader *r)
{
	size_t keep = r->marked ? r->mark_pos : r->pos;

	if (keep > 0) {
		memmove(r->buf, r->buf + keep, r->len - keep);
		r->len -= keep;
		r->pos -= keep;
		r->scan -= keep;
		if (r->marked)
			r->mark_pos -= keep;
	}
	if (r->cap - r->len < READ_CHUNK) {
		size_t ncap = r->cap ? r->cap * 2 : 2 * READ_CHUNK;
		char *nb;

		while (ncap - r->len < READ_CHUNK)
			ncap *= 2;
		nb = realloc(r->buf, ncap);
		if (nb == NULL)
			return fail(r, ROWS_ENOMEM);
		r->buf = nb;
		r->cap = ncap;
	}
	return r->gzip ? fill_gzip(r) : fill_plain(r);
}

/*
 * Find the LF ending the record at pos; NONE if the buffer does not hold it
 * yet.  The scan resumes where the previous call stopped.
 */
static size_t
find_end(rows_reader *r)
{
	const char *b = r->buf;
	size_t i = r->scan;
	int st = r->sstate;

	if (st == S_PLAIN) {
		/* Quotes are looked for by split_plain, which sends the record
		 * back here with S_START when a field opens with one. */
		const char *nl = memchr(b + i, '\n', r->len - i);

		if (nl)
			return (size_t)(nl - b);
		r->scan = r->len;
		return NONE;
	}
	for (; i < r->len; i++) {
		unsigned char c = (unsigned char)b[i];

		switch (st) {
		case S_START:
			if (c == '"') {
				st = S_Q;
				r->quoted = 1;
			} else if (c == '\n') {
				return i;
			} else if (c != r->delim) {
				st = S_UNQ;
			}
			break;
		case S_UNQ:
			if (c == '\n')
				return i;
			if (c == r->delim)
				st = S_START;
			break;
		case S_Q:
			if (c == '"')
				st = S_QQ;
			break;
		case S_QQ:
			if (c == '"')
				st = S_Q; /* "" is an escaped quote */
			else if (c == '\n')
				return i;
			else
				st = c == r->delim ? S_START : S_UNQ;
			break;
		}
	}
	r->scan = i;
	r->sstate = st;
	return NONE;
}

/* Split a record on the delimiter, in place.  0, or 1 if a field opens
 * with a quote (the record must be scanned with quote states), -1 on error. */
static int
split_plain(rows_reader *r)
{
	const char *p = r->buf + r->rec_off;
	const char *end = p + r->rec_len;
	char d = (char)r->delim;
	int nomem = 0;

	r->nf = 0;
	for (;;) {
		const char *q = p;

		if (q < end && *q == '"')
			return 1;
		while (q < end && *q != d)
			q++;
		if (r->nf == r->fcap) {
			grow_or_fail((void **)&r->f, &r->fcap, r->nf + 1, sizeof *r->f, &nomem);
			if (nomem)
				return fail(r, ROWS_ENOMEM);
		}
		r->f[r->nf].p = p;
		r->f[r->nf].n = (size_t)(q - p);
		r->nf++;
		if (q == end)
			return 0;
		p = q + 1;
	}
}

static int
split_quoted(rows_reader *r)
{
	int nomem = 0;
	size_t i;

	r->qlen = 0;
	r->nq = 0;
	r->qfail = 0;
	if (csv_parse(&r->csv, r->buf + r->rec_off, r->rec_len, on_field, NULL, r) != r->rec_len ||
	    csv_fini(&r->csv, on_field, NULL, r) != 0 || r->qfail)
		return fail(r, ROWS_ENOMEM);
	grow_or_fail((void **)&r->f, &r->fcap, r->nq, sizeof *r->f, &nomem);
	if (nomem)
		return fail(r, ROWS_ENOMEM);
	for (i = 0; i < r->nq; i++) {
		r->f[i].p = r->qbuf + r->qoff[2 * i];
		r->f[i].n = r->qoff[2 * i + 1];
	}
	r->nf = r->nq;
	return 0;
}

/* Find the record at pos, scanning from state st (S_PLAIN or S_START);
 * set rec_* and move pos past it.  1, 0 at end of input, -1 on error. */
static int
scan_record(rows_reader *r, int st)
{
	size_t end;

	r->scan = r->pos;
	r->sstate = st;
	r->quoted = 0;
	while ((end = find_end(r)) == NONE) {
		if (r->eof) {
			if (r->pos == r->len)
				return 0;
			if (r->sstate == S_Q) {
				r->rec_line = r->line;
				return fail(r, ROWS_EQUOTE);
			}
			end = r->len; /* last record without LF */
			break;
		}
		if (refill(r) < 0)
			return -1;
	}
	r->rec_off = r->pos;
	r->rec_len = end - r->pos;
	r->rec_line = r->line;
	r->pos = end < r->len ? end + 1 : end;
	if (r->rec_len > 0 && r->buf[r->rec_off + r->rec_len - 1] == '\r')
		r->rec_len--;
	return 1;
}

/*
 * First byte in [p, e) equal to a or b, or e.  With SSE2, sixteen bytes per
 * step: two compares and a mask, whose lowest set bit is the answer.  The
 * last 15 bytes of the buffer go one at a time, so nothing past e is read.
 */
static const char *
find2(const char *p, const char *e, char a, char b)
{
#ifdef __SSE2__
	const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b);

	for (; e - p >= 16; p += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		unsigned m = (unsigned)_mm_movemask_epi8(
			_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)));

		if (m)
			return p + __builtin_ctz(m);
	}
#endif
	for (; p < e; p++)
		if (*p == a || *p == b)
			return p;
	return e;
}

/*
 * The common record: whole in the buffer, no field opening with a quote.
 * Found and split in one pass over its bytes, which is most of the reading
 * cost.  1 with the record set up; 0 to leave the record to the general
 * path (quoted field, no LF buffered yet); -1 out of memory.
 */
static int
split_fast(rows_reader *r)
{
	const char *b = r->buf, *p = b + r->pos, *e = b + r->len, *q;
	char d = (char)r->delim;
	size_t nf = 0;

	for (;;) {
		if (p < e && *p == '"')
			return 0;
		q = find2(p, e, d, '\n');
		if (q == e)
			return 0;
		if (nf == r->fcap) {
			int nomem = 0;

			grow_or_fail((void **)&r->f, &r->fcap, nf + 1, sizeof *r->f, &nomem);
			if (nomem)
				return fail(r, ROWS_ENOMEM);
		}
		r->f[nf].p = p;
		r->f[nf].n = (size_t)(q - p);
		nf++;
		if (*q == '\n')
			break;
		p = q + 1;
	}
	r->nf = nf;
	r->rec_off = r->pos;
	r->rec_len = (size_t)(q - (b + r->pos));
	if (r->rec_len > 0 && q[-1] == '\r') {
		r->rec_len--;
		r->f[nf - 1].n--; /* q[-1] is in the last field: a delimiter is not CR */
	}
	r->rec_line = r->line++;
	r->pos = (size_t)(q - b) + 1;
	return 1;
}

/* Read the next record into rec_* and f; 1, 0 at end, -1 on error. */
static int
next_record(rows_reader *r)
{
	const char *p, *end;
	int rc;

	if ((rc = split_fast(r)) != 0)
		return rc;
	rc = scan_record(r, S_PLAIN);

	if (rc <= 0)
		return rc;
	rc = split_plain(r);
	if (rc < 0)
		return -1;
	if (rc == 0) {
		r->line++;
		return 1;
	}
	/* A quoted field: its LFs may not end the record. */
	r->pos = r->rec_off;
	if ((rc = scan_record(r, S_START)) <= 0)
		return rc < 0 ? -1 : fail(r, ROWS_EIO);
	r->line++;
	for (p = r->buf + r->rec_off, end = p + r->rec_len; (p = memchr(p, '\n', (size_t)(end - p)));
	     p++)
		r->line++;
	return split_quoted(r) < 0 ? -1 : 1;
}

int
rows_read(rows_reader *r)
{
	int rc;

	if (r->err)
		return -1;
	for (;;) {
		rc = next_record(r);
		if (rc <= 0)
			return rc;
		/* A blank line is not a row, except as the empty value of
		 * single-column input. */
		if (r->rec_len == 0 && r->nh > 1)
			continue;
		if (r->nh && r->nf != r->nh) {
			r->expected = r->nh;
			r->found = r->nf;
			r->err = ROWS_EFIELDS;
			return -1;
		}
		return 1;
	}
}

static int
detect_delim(const char *p, size_t n)
{
	size_t commas = 0, tabs = 0, i;

	for (i = 0; i < n && p[i] != '\n'; i++) {
		if (p[i] == ',')
			commas++;
		else if (p[i] == '\t')
			tabs++;
	}
	return tabs > commas ? '\t' : ',';
}

/* Copy the current record in as the header (names: its fields, or 1..N). */
static int
take_header(rows_reader *r)
{
	size_t total = r->rec_len + 1, i, off;
	char *s;

	for (i = 0; i < r->nf; i++)
		total += r->f[i].n + 24;
	r->hstore = malloc(total);
	r->hf = malloc(r->nf * sizeof *r->hf);
	if (r->hstore == NULL || r->hf == NULL)
		return fail(r, ROWS_ENOMEM);
	s = r->hstore;
	memcpy(s, r->buf + r->rec_off, r->rec_len);
	r->hraw_n = r->rec_len;
	off = r->rec_len + 1;
	for (i = 0; i < r->nf; i++) {
		if (r->flags & ROWS_NO_HEADER) {
			r->hf[i].n = (size_t)sprintf(s + off, "%zu", i + 1);
		} else {
			memcpy(s + off, r->f[i].p, r->f[i].n);
			r->hf[i].n = r->f[i].n;
		}
		r->hf[i].p = s + off;
		off += r->hf[i].n + 1;
	}
	r->nh = r->nf;
	return 0;
}

/* Read the first bytes; gzip's magic (1f 8b) switches to inflating them. */
static int
start_input(rows_reader *r)
{
	while (!r->eof && r->len < 2)
		if (refill(r) < 0)
			return -1;
	if (r->len < 2 || (unsigned char)r->buf[0] != 0x1f || (unsigned char)r->buf[1] != 0x8b)
		return 0;
	/* The bytes read so far may exceed one chunk: a pipe can hand over
	 * the first byte alone, and the next read a whole chunk. */
	r->zin = malloc(r->len > READ_CHUNK ? r->len : READ_CHUNK);
	if (r->zin == NULL)
		return fail(r, ROWS_ENOMEM);
	memcpy(r->zin, r->buf, r->len);
	r->zs.next_in = r->zin;
	r->zs.avail_in = (uInt)r->len;
	r->in_eof = r->eof;
	r->eof = 0;
	r->len = 0;
	if (inflateInit2(&r->zs, 15 + 16) != Z_OK) /* 16: gzip wrapper */
		return fail(r, ROWS_ENOMEM);
	r->gzip = 1;
	return 0;
}

rows_reader *
rows_reader_new(int fd, int delim, unsigned flags, int *err)
{
	rows_reader *r = calloc(1, sizeof *r);
	int rc;

	*err = ROWS_ENOMEM;
	if (r == NULL)
		return NULL;
	if (csv_init(&r->csv, 0) != 0) {
		free(r);
		return NULL;
	}
	csv_set_space_func(&r->csv, no_space);
	csv_set_term_func(&r->csv, no_term);
	r->flags = flags;
	r->line = 1;
	r->fd = -1;
	r->fd = dup(fd); /* ours to close; the caller's fd stays open */
	if (r->fd < 0) {
		*err = ROWS_EIO;
		rows_reader_free(r);
		return NULL;
	}
	if (start_input(r) < 0)
		goto fail;
	/* Fill until the first line is in (for the delimiter and the BOM). */
	while (!r->eof && (r->len == 0 || memchr(r->buf, '\n', r->len) == NULL))
		if (refill(r) < 0)
			goto fail;
	if (r->len >= 3 && memcmp(r->buf, "\xEF\xBB\xBF", 3) == 0)
		r->pos = 3;
	r->delim = delim ? delim : detect_delim(r->buf + r->pos, r->len - r->pos);
	csv_set_delim(&r->csv, (unsigned char)r->delim);

	if (flags & ROWS_NO_HEADER)
		rows_mark(r);
	rc = next_record(r);
	if (rc < 0)
		goto fail;
	if (rc == 0) {
		r->err = ROWS_ENOHDR;
		goto fail;
	}
	if (take_header(r) < 0)
		goto fail;
	if (flags & ROWS_NO_HEADER)
		rows_rewind(r);
	return r;
fail:
	*err = r->err;
	rows_reader_free(r);
	return NULL;
}

void
rows_reader_free(rows_reader *r)
{
	if (r == NULL)
		return;
	if (r->gzip)
		inflateEnd(&r->zs);
	if (r->fd >= 0)
		close(r->fd);
	free(r->zin);
	csv_free(&r->csv);
	free(r->buf);
	free(r->f);
	free(r->qbuf);
	free(r->qoff);
	free(r->hstore);
	free(r->hf);
	free(r);
}

const rows_field *
rows_fields(const rows_reader *r, size_t *n)
{
	*n = r->nf;
	return r->f;
}

const char *
rows_raw(const rows_reader *r, size_t *n)
{
	*n = r->rec_len;
	return r->buf + r->rec_off;
}

long long
rows_line(const rows_reader *r)
{
	return r->rec_line;
}

const rows_field *
rows_header(const rows_reader *r, size_t *n)
{
	*n = r->nh;
	return r->hf;
}

const char *
rows_header_raw(const rows_reader *r, size_t *n)
{
	if (r->flags & ROWS_NO_HEADER) {
		*n = 0;
		return NULL;
	}
	*n = r->hraw_n;
	return r->hstore;
}

int
rows_delim(const rows_reader *r)
{
	return r->delim;
}

void
rows_mark(rows_reader *r)
{
	r->marked = 1;
	r->mark_pos = r->pos;
	r->mark_line = r->line;
}

void
rows_rewind(rows_reader *r)
{
	if (!r->marked)
		return;
	r->pos = r->mark_pos;
	r->line = r->mark_line;
	r->marked = 0;
	r->nf = 0;
	r->rec_len = 0;
	r->err = ROWS_OK; /* an error met while looking ahead is met again */
}

int
rows_errcode(const rows_reader *r)
{
	return r->err;
}

void
rows_field_counts(const rows_reader *r, size_t *expected, size_t *found)
{
	*expected = r->expected;
	*found = r->found;
}

/* ---- writer ---- */

#define WBUF (1u << 16)

rows_writer *
rows_writer_new(int fd, int delim)
{
	rows_writer *w = calloc(1, sizeof *w);

	if (w == NULL)
		return NULL;
	w->buf = malloc(WBUF);
	if (w->buf == NULL) {
		free(w);
		return NULL;
	}
	w->cap = WBUF;
	w->fd = fd;
	w->delim = delim;
	return w;
}

/* Write out buf[0, n) and keep the rest at the front. */
static int
write_out(rows_writer *w, size_t n)
{
	size_t off = 0;

	if (w->err) {
		w->len = w->row = 0;
		return -1;
	}
	while (off < n) {
		ssize_t k = write(w->fd, w->buf + off, n - off);

		if (k < 0) {
			if (errno == EINTR)
				continue;
			w->err = errno;
			w->len = w->row = 0;
			return -1;
		}
		off += (size_t)k;
	}
	memmove(w->buf, w->buf + n, w->len - n);
	w->len -= n;
	w->row -= n;
	return 0;
}

int
rows_flush(rows_writer *w)
{
	w->row = w->len;
	return write_out(w, w->len);
}

void
rows_drop_row(rows_writer *w)
{
	w->len = w->row;
	w->col = 0;
}

int
rows_writer_free(rows_writer *w)
{
	int rc;

	if (w == NULL)
		return 0;
	rc = rows_flush(w);
	free(w->buf);
	free(w);
	return rc;
}

static int make_room(rows_writer *w, size_t n);

/* Make room for n more bytes (plus a delimiter); the test is inline, the
 * rare flush or growth is not. */
static inline int
reserve(rows_writer *w, size_t n)
{
	return w->len + n + 1 <= w->cap ? 0 : make_room(w, n);
}

static int
make_room(rows_writer *w, size_t n)
{
	size_t need;

	/* Write the finished rows only: the row being written stays whole in
	 * the buffer, so that rows_drop_row can still take it back. */
	if (write_out(w, w->row) < 0)
		return -1;
	need = w->len + n + 1;
	if (need > w->cap) {
		char *nb = realloc(w->buf, need);

		if (nb == NULL) {
			w->err = ENOMEM;
			return -1;
		}
		w->buf = nb;
		w->cap = need;
	}
	return 0;
}

static void
sep(rows_writer *w)
{
	if (w->col++ > 0)
		w->buf[w->len++] = (char)w->delim;
}

int
rows_put_raw(rows_writer *w, const char *p, size_t n)
{
	if (reserve(w, n) < 0)
		return -1;
	sep(w);
	memcpy(w->buf + w->len, p, n);
	w->len += n;
	return 0;
}

int
rows_put_field(rows_writer *w, const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] == w->delim || p[i] == '"' || p[i] == '\n' || p[i] == '\r')
			break;
	if (i == n)
		return rows_put_raw(w, p, n);
	if (reserve(w, 2 * n + 2) < 0)
		return -1;
	sep(w);
	w->len += csv_write2(w->buf + w->len, w->cap - w->len, p, n, '"');
	return 0;
}

int
rows_put_str(rows_writer *w, const char *s)
{
	return rows_put_field(w, s, strlen(s));
}

int
rows_put_num(rows_writer *w, double x, int precision)
{
	/* Formatted in place: num_format wants 32 bytes of room. */
	if (reserve(w, 32) < 0)
		return -1;
	sep(w);
	w->len += num_format(w->buf + w->len, x, precision);
	return 0;
}

int
rows_put_empty(rows_writer *w)
{
	return rows_put_raw(w, "", 0);
}

int
rows_end_row(rows_writer *w)
{
	if (reserve(w, 1) < 0)
		return -1;
	w->buf[w->len++] = '\n';
	w->col = 0;
	w->row = w->len;
	if (w->len >= WBUF && rows_flush(w) < 0)
		return -1;
	return 0;
}

int
rows_write_errno(const rows_writer *w)
{
	return w->err;
}
