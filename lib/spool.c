/*
 * spool.c - a temporary file of length-prefixed records.
 */
#include "spool.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BUFSZ (1 << 16)

struct spool {
	int fd;
	int reading;       /* 1 after the first rewind */
	int err;           /* errno of the first failure, 0 if none */
	unsigned char *buf;
	size_t cap;        /* bytes allocated at buf */
	size_t len;        /* writing: bytes pending; reading: bytes valid */
	size_t pos;        /* reading: next byte at buf */
	int eof;           /* reading: the file is exhausted */
	uint64_t count;
};

int
spool_tmpfile(const char *dir, int *err)
{
	char *path;
	size_t n;
	int fd;

	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	n = strlen(dir);
	if ((path = malloc(n + sizeof "/adkit-spool-XXXXXX")) == NULL) {
		*err = ENOMEM;
		return -1;
	}
	memcpy(path, dir, n);
	strcpy(path + n, "/adkit-spool-XXXXXX");
	fd = mkstemp(path);
	if (fd < 0)
		*err = errno;
	else
		unlink(path); /* nothing to clean up, whatever happens to us */
	free(path);
	return fd;
}

spool *
spool_new(const char *dir, int *err)
{
	spool *s = calloc(1, sizeof *s);

	if (s == NULL || (s->buf = malloc(BUFSZ)) == NULL) {
		free(s);
		*err = ENOMEM;
		return NULL;
	}
	s->cap = BUFSZ;
	if ((s->fd = spool_tmpfile(dir, err)) < 0) {
		free(s->buf);
		free(s);
		return NULL;
	}
	return s;
}

void
spool_free(spool *s)
{
	if (s == NULL)
		return;
	close(s->fd);
	free(s->buf);
	free(s);
}

static int
fail(spool *s, int e)
{
	if (s->err == 0)
		s->err = e;
	return -1;
}

static int
flush(spool *s)
{
	size_t off = 0;

	while (off < s->len) {
		ssize_t w = write(s->fd, s->buf + off, s->len - off);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			return fail(s, errno);
		}
		off += (size_t)w;
	}
	s->len = 0;
	return 0;
}

static int
put(spool *s, const void *p, size_t n)
{
	if (s->len + n > s->cap && flush(s) < 0)
		return -1;
	if (n > s->cap) { /* larger than the buffer: write it through */
		while (n > 0) {
			ssize_t w = write(s->fd, p, n);

			if (w < 0) {
				if (errno == EINTR)
					continue;
				return fail(s, errno);
			}
			p = (const unsigned char *)p + w;
			n -= (size_t)w;
		}
		return 0;
	}
	memcpy(s->buf + s->len, p, n);
	s->len += n;
	return 0;
}

int
spool_put(spool *s, const void *p, size_t n)
{
	uint32_t len = (uint32_t)n;

	if (s->err)
		return -1;
	if (s->reading || n > UINT32_MAX)
		return fail(s, EINVAL);
	if (put(s, &len, sizeof len) < 0 || put(s, p, n) < 0)
		return -1;
	s->count++;
	return 0;
}

int
spool_rewind(spool *s)
{
	if (s->err)
		return -1;
	if (!s->reading && flush(s) < 0)
		return -1;
	if (lseek(s->fd, 0, SEEK_SET) < 0)
		return fail(s, errno);
	s->reading = 1;
	s->len = s->pos = 0;
	s->eof = 0;
	return 0;
}

/* Make n bytes available at buf + pos; 1, 0 at a clean end, -1 on error. */
static int
fill(spool *s, size_t n)
{
	if (s->len - s->pos >= n)
		return 1;
	memmove(s->buf, s->buf + s->pos, s->len - s->pos);
	s->len -= s->pos;
	s->pos = 0;
	if (n > s->cap) {
		unsigned char *nb = realloc(s->buf, n);

		if (nb == NULL)
			return fail(s, ENOMEM);
		s->buf = nb;
		s->cap = n;
	}
	while (s->len < n && !s->eof) {
		ssize_t r = read(s->fd, s->buf + s->len, s->cap - s->len);

		if (r < 0) {
			if (errno == EINTR)
				continue;
			return fail(s, errno);
		}
		if (r == 0)
			s->eof = 1;
		s->len += (size_t)r;
	}
	if (s->len >= n)
		return 1;
	return s->len == 0 ? 0 : fail(s, EIO); /* a record cut short: the file changed */
}

int
spool_get(spool *s, const void **p, size_t *n)
{
	uint32_t len;
	int rc;

	if (s->err)
		return -1;
	if (!s->reading)
		return fail(s, EINVAL);
	if ((rc = fill(s, sizeof len)) <= 0)
		return rc;
	memcpy(&len, s->buf + s->pos, sizeof len);
	s->pos += sizeof len;
	if (len > 0 && fill(s, len) <= 0)
		return fail(s, EIO);
	*p = s->buf + s->pos;
	*n = len;
	s->pos += len;
	return 1;
}

uint64_t
spool_count(const spool *s)
{
	return s->count;
}

int
spool_errno(const spool *s)
{
	return s->err;
}

/* Doubles as unsigned keys in the same order: flip every bit of a negative,
 * set the sign bit of a positive. */
static uint64_t
key_of(double x)
{
	uint64_t k;

	memcpy(&k, &x, sizeof k);
	return (k >> 63) ? ~k : k | (1ULL << 63);
}

static double
double_of(uint64_t k)
{
	double x;

	k = (k >> 63) ? k & ~(1ULL << 63) : ~k;
	memcpy(&x, &k, sizeof x);
	return x;
}

/* The k-th smallest (0-based) record: radix selection, 16 bits a pass. */
static int
select_kth(spool *s, uint64_t k, uint64_t *hist, double *out)
{
	uint64_t prefix = 0, mask = 0;
	int shift;

	for (shift = 48; shift >= 0; shift -= 16) {
		const void *p;
		size_t n, b;
		int rc;

		memset(hist, 0, sizeof *hist << 16);
		if (spool_rewind(s) < 0)
			return -1;
		while ((rc = spool_get(s, &p, &n)) == 1) {
			double x;
			uint64_t key;

			if (n != sizeof x)
				return fail(s, EINVAL);
			memcpy(&x, p, sizeof x);
			key = key_of(x);
			if ((key & mask) == prefix)
				hist[(key >> shift) & 0xffff]++;
		}
		if (rc < 0)
			return -1;
		for (b = 0; b < 0xffff && k >= hist[b]; b++)
			k -= hist[b];
		prefix |= (uint64_t)b << shift;
		mask |= 0xffffULL << shift;
	}
	*out = double_of(prefix);
	return 0;
}

int
spool_quantile(spool *s, double q, double *out)
{
	uint64_t n = s->count, lo, *hist;
	double pos, t, a, b;
	int rc = -1;

	if (n == 0)
		return 0;
	if ((hist = malloc(sizeof *hist << 16)) == NULL)
		return fail(s, ENOMEM);
	pos = q * (double)(n - 1);
	lo = (uint64_t)pos;
	if (lo > n - 1)
		lo = n - 1;
	t = pos - (double)lo;
	if (select_kth(s, lo, hist, &a) < 0)
		goto done;
	b = a;
	if (t > 0 && lo + 1 < n && select_kth(s, lo + 1, hist, &b) < 0)
		goto done;
	/* numpy's lerp: exact at both ends. */
	*out = t < 0.5 ? a + (b - a) * t : b - (b - a) * (1 - t);
	rc = 1;
done:
	free(hist);
	if (rc == 1 && spool_rewind(s) < 0)
		rc = -1;
	return rc;
}
