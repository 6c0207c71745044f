/*
 * statefile.c - per-series state slots and the --state file.
 */
#include "statefile.h"
#include "cols.h"
#include "grp.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The layout of the file around the series (see statefile.h), in the high
 * half of the blob version; the tool's series version is the low half.
 * Format 1 (version < 0x10000) keyed groups by their values joined by the
 * input's delimiter, so a state saved from CSV did not match TSV. */
#define FORMAT 2
#define FILE_VERSION(v) ((uint32_t)FORMAT << 16 | ((v) & 0xffff))

struct statefile {
	const char *path;     /* NULL: no file */
	statefile_ops ops;
	char *fp;             /* fingerprint */
	size_t ncols;
	void **slots;         /* [group * ncols + column], groups in cli_in order */
	size_t ngroups, cap;
	size_t *gcols, ng;    /* the -g columns (header indexes) */
	char **keys;          /* [group]: its key (key_encode), groups in cli_in order */
	size_t *keyn;
	char *kbuf;           /* the current row's key */
	size_t kcap;
	/* from the file */
	grp *keys_in;         /* its group keys (later lookups may add others) */
	size_t nloaded;
	void **loaded;        /* [group * ncols + column]; NULL once moved to slots */
	char *used;           /* [group]: met in this run */
};

static void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	return p;
}

void
statefile_opt_num(char *buf, size_t size, const char *name, double x)
{
	size_t len = strlen(buf);
	char v[40];
	int p;

	for (p = 1; p < 17; p++) {
		snprintf(v, sizeof v, "%.*g", p, x);
		if (strtod(v, NULL) == x)
			break;
	}
	snprintf(v, sizeof v, "%.*g", p, x);
	snprintf(buf + len, size > len ? size - len : 0, "%s=%s\n", name, v);
}

/* Append "name=" and n bytes of value and a newline to *s (of *len). */
static void
fp_add(char **s, size_t *len, const char *name, const char *v, size_t n)
{
	size_t nl = strlen(name);
	char *p = realloc(*s, *len + nl + n + 3);

	if (p == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	memcpy(p + *len, name, nl);
	p[*len + nl] = '=';
	memcpy(p + *len + nl + 1, v, n);
	p[*len + nl + 1 + n] = '\n';
	*len += nl + n + 2;
	p[*len] = '\0';
	*s = p;
}

/* The names of the columns spec selects, joined by commas. */
static void
fp_cols(char **s, size_t *len, const char *name, const char *spec, cli_in *in)
{
	const rows_field *h;
	size_t nh, *idx = NULL, n = 0, i, vl = 0;
	char *bad = NULL, *v;

	h = cli_in_header(in, &nh);
	if (spec && cols_select(spec, h, nh, &idx, &n, &bad) != COLS_OK) {
		free(bad);
		cli_die(EX_SOFTWARE, "cannot resolve '%s' again", spec);
	}
	for (i = 0; i < n; i++)
		vl += h[idx[i]].n + 1;
	v = xmalloc(vl + 1);
	for (i = 0, vl = 0; i < n; i++) {
		if (i)
			v[vl++] = ',';
		memcpy(v + vl, h[idx[i]].p, h[idx[i]].n);
		vl += h[idx[i]].n;
	}
	fp_add(s, len, name, v, vl);
	free(v);
	free(idx);
}

static char *
fingerprint(const statefile_ops *ops, const char *options, const cli_common *c, cli_in *in)
{
	char *s = NULL;
	size_t len = 0, j;

	fp_add(&s, &len, "tool", ops->kind, strlen(ops->kind));
	s = realloc(s, len + strlen(options) + 2);
	if (s == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	strcpy(s + len, options);
	len += strlen(options);
	if (len && s[len - 1] != '\n') {
		s[len++] = '\n';
		s[len] = '\0';
	}
	for (j = 0; j < cli_in_ncols(in); j++) {
		const char *name = cli_in_colname(in, j);

		fp_add(&s, &len, "column", name, strlen(name));
	}
	fp_cols(&s, &len, "group", c->group, in);
	if (c->time)
		fp_cols(&s, &len, "time", c->time, in);
	else
		fp_add(&s, &len, "time", cli_in_has_time(in) ? "(by name)" : "(none)",
		       cli_in_has_time(in) ? 9 : 6);
	return s;
}

/* The first line that differs between fingerprints a and b (n bytes). */
static _Noreturn void
die_mismatch(const char *path, const char *a, size_t an, const char *b)
{
	size_t i = 0, la, lb;

	while (i < an && b[i] != '\0' && a[i] == b[i])
		i++;
	while (i > 0 && a[i - 1] != '\n')
		i--;
	for (la = i; la < an && a[la] != '\n'; la++)
		;
	for (lb = i; b[lb] != '\0' && b[lb] != '\n'; lb++)
		;
	cli_die(EX_DATAERR,
		"%s: state saved with other options or columns (the file has '%.*s', this run "
		"'%.*s'); remove the file to start afresh",
		path, (int)(la - i), a + i, (int)(lb - i), b + i);
}

static _Noreturn void
die_blob(const char *path, const char *kind, int err, uint32_t version, uint32_t want)
{
	if (err == BLOB_EOPEN)
		cli_die(EX_NOINPUT, "cannot open state file '%s': %s", path, strerror(errno));
	if (err == BLOB_EIO)
		cli_die(EX_IOERR, "%s: read error: %s", path, strerror(errno));
	if (err == BLOB_ENOMEM)
		cli_die(EX_SOFTWARE, "out of memory");
	if (err == BLOB_EKIND)
		cli_die(EX_DATAERR, "%s: not a %s state file (%s)", path, kind, blob_strerror(err));
	if (err == BLOB_EVERSION && version >> 16 == 0)
		cli_die(EX_DATAERR, "%s: state file of an older adkit (format 1, whose group keys "
			"depend on the delimiter); remove the file to start afresh", path);
	if (err == BLOB_EVERSION)
		cli_die(EX_DATAERR, "%s: state file format version %lu.%lu, this %s reads version "
			"%lu.%lu", path, (unsigned long)(version >> 16),
			(unsigned long)(version & 0xffff), kind, (unsigned long)(want >> 16),
			(unsigned long)(want & 0xffff));
	cli_die(EX_DATAERR, "%s: cannot use this state file: %s", path, blob_strerror(err));
}

static void
load(statefile *sf)
{
	struct stat st;
	uint32_t version = FILE_VERSION(sf->ops.version), nc;
	uint64_t ng, g;
	const char *s;
	size_t n, j;
	blob *b;
	int err, added;

	if (stat(sf->path, &st) != 0 && errno == ENOENT)
		return; /* the first run */
	err = blob_load(sf->path, sf->ops.kind, &version, &b);
	if (err != BLOB_OK)
		die_blob(sf->path, sf->ops.kind, err, version, FILE_VERSION(sf->ops.version));
	if (blob_get_str(b, &s, &n) < 0)
		goto bad;
	if (n != strlen(sf->fp) || memcmp(s, sf->fp, n) != 0)
		die_mismatch(sf->path, s, n, sf->fp);
	if (blob_get_u32(b, &nc) < 0 || nc != sf->ncols || blob_get_u64(b, &ng) < 0 ||
	    ng > blob_left(b))
		goto bad;
	sf->keys_in = grp_new();
	sf->loaded = calloc((size_t)ng * sf->ncols + 1, sizeof *sf->loaded);
	sf->used = calloc((size_t)ng + 1, 1);
	if (sf->keys_in == NULL || sf->loaded == NULL || sf->used == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	for (g = 0; g < ng; g++) {
		if (blob_get_str(b, &s, &n) < 0)
			goto bad;
		if (grp_get(sf->keys_in, s, n, &added) != (long)g || !added)
			goto bad; /* out of memory, or a key twice */
		sf->nloaded++;
		for (j = 0; j < sf->ncols; j++)
			if ((sf->loaded[g * sf->ncols + j] = sf->ops.load(b, sf->ops.ctx)) == NULL)
				goto bad;
	}
	if (blob_left(b) != 0)
		goto bad;
	blob_free(b);
	return;
bad:
	cli_die(EX_DATAERR, "%s: cannot use this state file: malformed state", sf->path);
}

/* The current row's group key, the same whatever the delimiter: each -g
 * value as its length in decimal, ':', then its bytes ("3:web2:eu"); ""
 * without -g.  Valid until the next call. */
static const char *
row_key(statefile *sf, cli_in *in, size_t *n)
{
	size_t nf, j, len = 0;
	const rows_field *f = cli_in_fields(in, &nf);

	for (j = 0; j < sf->ng; j++)
		len += f[sf->gcols[j]].n + 24;
	if (len + 1 > sf->kcap) {
		free(sf->kbuf);
		sf->kcap = 2 * len + 1;
		sf->kbuf = xmalloc(sf->kcap);
	}
	for (j = 0, len = 0; j < sf->ng; j++) {
		const rows_field *v = &f[sf->gcols[j]];

		len += (size_t)snprintf(sf->kbuf + len, sf->kcap - len, "%zu:", v->n);
		memcpy(sf->kbuf + len, v->p, v->n);
		len += v->n;
	}
	sf->kbuf[len] = '\0';
	*n = len;
	return sf->kbuf;
}

statefile *
statefile_open(const char *path, const statefile_ops *ops, const char *options,
	       const cli_common *c, cli_in *in)
{
	statefile *sf = calloc(1, sizeof *sf);

	if (sf == NULL)
		cli_die(EX_SOFTWARE, "out of memory");
	sf->path = path;
	sf->ops = *ops;
	sf->ncols = cli_in_ncols(in);
	sf->fp = fingerprint(ops, options, c, in);
	if (c->group) {
		const rows_field *h;
		size_t nh;
		char *bad = NULL;

		h = cli_in_header(in, &nh);
		if (cols_select(c->group, h, nh, &sf->gcols, &sf->ng, &bad) != COLS_OK) {
			free(bad);
			cli_die(EX_SOFTWARE, "cannot resolve '%s' again", c->group);
		}
	}
	if (path)
		load(sf);
	return sf;
}

void **
statefile_group(statefile *sf, cli_in *in)
{
	int added;
	size_t g = cli_in_group(in, &added), j;

	if (added) {
		long li = -1;
		const char *key;
		size_t n;

		if (sf->ngroups == sf->cap) {
			size_t nc = sf->cap ? 2 * sf->cap : 16;
			void **p = realloc(sf->slots, nc * sf->ncols * sizeof *p);
			char **k = realloc(sf->keys, nc * sizeof *k);
			size_t *kn = realloc(sf->keyn, nc * sizeof *kn);

			if (p == NULL || k == NULL || kn == NULL)
				cli_die(EX_SOFTWARE, "out of memory");
			sf->slots = p;
			sf->keys = k;
			sf->keyn = kn;
			sf->cap = nc;
		}
		key = row_key(sf, in, &n);
		sf->keys[g] = xmalloc(n);
		memcpy(sf->keys[g], key, n);
		sf->keyn[g] = n;
		if (sf->nloaded) {
			int new_key;

			li = grp_get(sf->keys_in, key, n, &new_key);
			if (li < 0)
				cli_die(EX_SOFTWARE, "out of memory");
			if ((size_t)li >= sf->nloaded)
				li = -1;
		}
		for (j = 0; j < sf->ncols; j++) {
			void **slot = &sf->slots[g * sf->ncols + j];

			*slot = NULL;
			if (li >= 0) {
				*slot = sf->loaded[(size_t)li * sf->ncols + j];
				sf->loaded[(size_t)li * sf->ncols + j] = NULL;
			}
		}
		if (li >= 0)
			sf->used[li] = 1;
		sf->ngroups++;
	}
	return &sf->slots[g * sf->ncols];
}

static void
put_group(statefile *sf, blob *b, const char *key, size_t n, void *const *series)
{
	size_t j;

	if (blob_put_str(b, key, n) < 0)
		cli_die(EX_SOFTWARE, "out of memory");
	for (j = 0; j < sf->ncols; j++)
		if (sf->ops.save(series[j], b) < 0)
			cli_die(EX_SOFTWARE, "out of memory");
}

void
statefile_save(statefile *sf, cli_in *in)
{
	(void)in; /* the keys are the statefile's own since format 2 */
	blob *b;
	size_t g, n, kept = 0;
	const char *key;
	int err, saved;

	if (sf->path == NULL)
		return;
	for (g = 0; g < sf->nloaded; g++)
		kept += !sf->used[g];
	b = blob_new();
	if (b == NULL || blob_put_str(b, sf->fp, strlen(sf->fp)) < 0 ||
	    blob_put_u32(b, (uint32_t)sf->ncols) < 0 ||
	    blob_put_u64(b, (uint64_t)(sf->ngroups + kept)) < 0)
		cli_die(EX_SOFTWARE, "out of memory");
	for (g = 0; g < sf->ngroups; g++)
		put_group(sf, b, sf->keys[g], sf->keyn[g], &sf->slots[g * sf->ncols]);
	for (g = 0; g < sf->nloaded; g++) {
		if (sf->used[g])
			continue;
		key = grp_key(sf->keys_in, g, &n);
		put_group(sf, b, key, n, &sf->loaded[g * sf->ncols]);
	}
	err = blob_save(b, sf->path, sf->ops.kind, FILE_VERSION(sf->ops.version));
	saved = errno;
	blob_free(b);
	errno = saved; /* blob_strerror names the system error for I/O errors */
	if (err == BLOB_ENOMEM)
		cli_die(EX_SOFTWARE, "out of memory");
	if (err != BLOB_OK)
		cli_die(EX_IOERR, "cannot save state to '%s': %s", sf->path, blob_strerror(err));
}

void
statefile_free(statefile *sf)
{
	size_t i;

	if (sf == NULL)
		return;
	for (i = 0; i < sf->ngroups * sf->ncols; i++)
		sf->ops.free(sf->slots[i]);
	for (i = 0; i < sf->nloaded * sf->ncols; i++)
		sf->ops.free(sf->loaded[i]);
	for (i = 0; i < sf->ngroups; i++)
		free(sf->keys[i]);
	free(sf->keys);
	free(sf->keyn);
	free(sf->gcols);
	free(sf->kbuf);
	grp_free(sf->keys_in);
	free(sf->slots);
	free(sf->loaded);
	free(sf->used);
	free(sf->fp);
	free(sf);
}
