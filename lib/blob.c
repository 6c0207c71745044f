/*
 * blob.c - model and state files.
 */
#include "blob.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define HDR 44
static const char magic[8] = {'A', 'D', 'K', 'I', 'T', 'B', 'L', 'B'};

struct blob {
	unsigned char *p;
	size_t len, cap, pos;
	int failed;
};

blob *
blob_new(void)
{
	return calloc(1, sizeof(blob));
}

void
blob_free(blob *b)
{
	if (b == NULL)
		return;
	free(b->p);
	free(b);
}

static int
put(blob *b, const void *p, size_t n)
{
	if (b->failed)
		return -1;
	if (b->len + n > b->cap) {
		size_t nc = b->cap ? b->cap : 256;
		unsigned char *np;

		while (nc < b->len + n)
			nc *= 2;
		np = realloc(b->p, nc);
		if (np == NULL) {
			b->failed = 1;
			return -1;
		}
		b->p = np;
		b->cap = nc;
	}
	memcpy(b->p + b->len, p, n);
	b->len += n;
	return 0;
}

static void
le32(unsigned char *o, uint32_t v)
{
	int i;

	for (i = 0; i < 4; i++)
		o[i] = (unsigned char)(v >> (8 * i));
}

static void
le64(unsigned char *o, uint64_t v)
{
	int i;

	for (i = 0; i < 8; i++)
		o[i] = (unsigned char)(v >> (8 * i));
}

static uint32_t
rd32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t
rd64(const unsigned char *p)
{
	return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32;
}

int
blob_put_u32(blob *b, uint32_t v)
{
	unsigned char o[4];

	le32(o, v);
	return put(b, o, 4);
}

int
blob_put_u64(blob *b, uint64_t v)
{
	unsigned char o[8];

	le64(o, v);
	return put(b, o, 8);
}

int
blob_put_f64(blob *b, double v)
{
	uint64_t u;

	memcpy(&u, &v, 8);
	return blob_put_u64(b, u);
}

int
blob_put_f32(blob *b, float v)
{
	uint32_t u;

	memcpy(&u, &v, 4);
	return blob_put_u32(b, u);
}

int
blob_put_str(blob *b, const char *s, size_t n)
{
	if (n > UINT32_MAX || blob_put_u32(b, (uint32_t)n) < 0)
		return -1;
	return put(b, s, n);
}

int
blob_put_f64s(blob *b, const double *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (blob_put_f64(b, v[i]) < 0)
			return -1;
	return 0;
}

int
blob_put_f32s(blob *b, const float *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (blob_put_f32(b, v[i]) < 0)
			return -1;
	return 0;
}

static const unsigned char *
take(blob *b, size_t n)
{
	const unsigned char *p;

	if (b->len - b->pos < n)
		return NULL;
	p = b->p + b->pos;
	b->pos += n;
	return p;
}

int
blob_get_u32(blob *b, uint32_t *v)
{
	const unsigned char *p = take(b, 4);

	if (p == NULL)
		return -1;
	*v = rd32(p);
	return 0;
}

int
blob_get_u64(blob *b, uint64_t *v)
{
	const unsigned char *p = take(b, 8);

	if (p == NULL)
		return -1;
	*v = rd64(p);
	return 0;
}

int
blob_get_f64(blob *b, double *v)
{
	uint64_t u;

	if (blob_get_u64(b, &u) < 0)
		return -1;
	memcpy(v, &u, 8);
	return 0;
}

int
blob_get_f32(blob *b, float *v)
{
	uint32_t u;

	if (blob_get_u32(b, &u) < 0)
		return -1;
	memcpy(v, &u, 4);
	return 0;
}

int
blob_get_str(blob *b, const char **s, size_t *n)
{
	uint32_t len;
	const unsigned char *p;

	if (blob_get_u32(b, &len) < 0 || (p = take(b, len)) == NULL)
		return -1;
	*s = (const char *)p;
	*n = len;
	return 0;
}

int
blob_get_f64s(blob *b, double *v, size_t n)
{
	size_t i;

	if (b->len - b->pos < 8 * n)
		return -1;
	for (i = 0; i < n; i++)
		blob_get_f64(b, &v[i]);
	return 0;
}

int
blob_get_f32s(blob *b, float *v, size_t n)
{
	size_t i;

	if (b->len - b->pos < 4 * n)
		return -1;
	for (i = 0; i < n; i++)
		blob_get_f32(b, &v[i]);
	return 0;
}

size_t
blob_left(const blob *b)
{
	return b->len - b->pos;
}

static int
write_all(int fd, const void *p, size_t n)
{
	const char *c = p;

	while (n > 0) {
		ssize_t w = write(fd, c, n);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		c += w;
		n -= (size_t)w;
	}
	return 0;
}

/* fsync the directory holding path, so the rename itself is durable. */
static void
sync_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir;
	int fd;

	if (slash == NULL) {
		dir = strdup(".");
	} else {
		dir = strndup(path, (size_t)(slash - path) + (slash == path));
	}
	if (dir == NULL)
		return;
	fd = open(dir, O_RDONLY);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

int
blob_save(const blob *b, const char *path, const char *kind, uint32_t version)
{
	unsigned char hdr[HDR];
	uLongf clen;
	unsigned char *comp;
	char *tmp;
	int fd, err = BLOB_OK, saved;
	mode_t mask;

	if (b->failed)
		return BLOB_ENOMEM;
	clen = compressBound((uLong)b->len);
	comp = malloc(clen);
	tmp = malloc(strlen(path) + 16);
	if (comp == NULL || tmp == NULL) {
		free(comp);
		free(tmp);
		return BLOB_ENOMEM;
	}
	if (compress2(comp, &clen, b->len ? b->p : (const Bytef *)"", (uLong)b->len, 6) != Z_OK) {
		free(comp);
		free(tmp);
		return BLOB_EZLIB;
	}
	memcpy(hdr, magic, 8);
	memset(hdr + 8, 0, 8);
	memcpy(hdr + 8, kind, strnlen(kind, 8));
	le32(hdr + 16, version);
	le64(hdr + 20, b->len);
	le64(hdr + 28, clen);
	le32(hdr + 36, (uint32_t)crc32(0, b->len ? b->p : (const Bytef *)"", (uInt)b->len));
	le32(hdr + 40, (uint32_t)crc32(0, hdr, 40));

	sprintf(tmp, "%s.tmpXXXXXX", path);
	fd = mkstemp(tmp);
	if (fd < 0) {
		free(comp);
		free(tmp);
		return BLOB_EOPEN;
	}
	/* mkstemp makes the file 0600; a model is shared like any output file. */
	mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	if (write_all(fd, hdr, HDR) < 0 || write_all(fd, comp, clen) < 0 || fsync(fd) < 0)
		err = BLOB_EIO;
	saved = errno;
	if (close(fd) < 0 && err == BLOB_OK) {
		err = BLOB_EIO;
		saved = errno;
	}
	if (err == BLOB_OK && rename(tmp, path) < 0) {
		err = BLOB_EOPEN;
		saved = errno;
	}
	if (err != BLOB_OK)
		unlink(tmp);
	else
		sync_dir(path);
	free(comp);
	free(tmp);
	errno = saved;
	return err;
}

static int
read_file(const char *path, unsigned char **buf, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	size_t cap = 1 << 16, n = 0, r;
	unsigned char *p;

	if (fp == NULL)
		return BLOB_EOPEN;
	p = malloc(cap);
	if (p == NULL) {
		fclose(fp);
		return BLOB_ENOMEM;
	}
	while ((r = fread(p + n, 1, cap - n, fp)) > 0) {
		n += r;
		if (n == cap) {
			unsigned char *np = realloc(p, cap * 2);

			if (np == NULL) {
				free(p);
				fclose(fp);
				return BLOB_ENOMEM;
			}
			p = np;
			cap *= 2;
		}
	}
	if (ferror(fp)) {
		free(p);
		fclose(fp);
		return BLOB_EIO;
	}
	fclose(fp);
	*buf = p;
	*len = n;
	return BLOB_OK;
}

int
blob_load(const char *path, const char *kind, uint32_t *version, blob **out)
{
	unsigned char *f = NULL, k[8];
	size_t flen;
	uint64_t rawlen, clen;
	uLongf dlen;
	blob *b;
	int err;

	*out = NULL;
	if ((err = read_file(path, &f, &flen)) != BLOB_OK)
		return err;
	err = BLOB_OK;
	memset(k, 0, 8);
	memcpy(k, kind, strnlen(kind, 8));
	if (flen < 8 || memcmp(f, magic, 8) != 0)
		err = BLOB_EMAGIC;
	else if (flen < HDR)
		err = BLOB_ETRUNC;
	else if (rd32(f + 40) != (uint32_t)crc32(0, f, 40))
		err = BLOB_ECRC;
	else if (memcmp(f + 8, k, 8) != 0)
		err = BLOB_EKIND;
	else if (rd32(f + 16) != *version) {
		*version = rd32(f + 16);
		err = BLOB_EVERSION;
	}
	if (err != BLOB_OK) {
		free(f);
		return err;
	}
	rawlen = rd64(f + 20);
	clen = rd64(f + 28);
	if (clen != flen - HDR || rawlen > ((uint64_t)1 << 40)) {
		free(f);
		return clen > flen - HDR ? BLOB_ETRUNC : BLOB_ECRC;
	}
	b = blob_new();
	if (b == NULL || (b->p = malloc(rawlen ? rawlen : 1)) == NULL) {
		blob_free(b);
		free(f);
		return BLOB_ENOMEM;
	}
	dlen = (uLongf)rawlen;
	if (uncompress(b->p, &dlen, f + HDR, (uLong)clen) != Z_OK || dlen != rawlen)
		err = BLOB_EZLIB;
	else if ((uint32_t)crc32(0, b->p, (uInt)rawlen) != rd32(f + 36))
		err = BLOB_ECRC;
	free(f);
	if (err != BLOB_OK) {
		blob_free(b);
		return err;
	}
	b->len = b->cap = rawlen;
	*out = b;
	return BLOB_OK;
}

const char *
blob_strerror(int err)
{
	switch (err) {
	case BLOB_OK:
		return "success";
	case BLOB_ENOMEM:
		return "out of memory";
	case BLOB_EOPEN:
		return strerror(errno);
	case BLOB_EIO:
		return strerror(errno);
	case BLOB_EMAGIC:
		return "not an adkit model or state file";
	case BLOB_EKIND:
		return "an adkit file of another kind";
	case BLOB_EVERSION:
		return "written by another version of the format";
	case BLOB_ETRUNC:
		return "truncated";
	case BLOB_ECRC:
		return "corrupt (checksum mismatch)";
	case BLOB_EZLIB:
		return "corrupt (does not decompress)";
	}
	return "unknown error";
}
