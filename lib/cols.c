/*
 * cols.c - column lists.
 */
#include "cols.h"

#include <stdlib.h>
#include <string.h>

long
cols_find(const rows_field *hdr, size_t n, const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (hdr[i].n == len && memcmp(hdr[i].p, name, len) == 0)
			return (long)i;
	return -1;
}

/* A positive decimal number filling [p, p+len), or 0. */
static size_t
number(const char *p, size_t len)
{
	size_t v = 0, i;

	if (len == 0 || len > 9)
		return 0;
	for (i = 0; i < len; i++) {
		if (p[i] < '0' || p[i] > '9')
			return 0;
		v = v * 10 + (size_t)(p[i] - '0');
	}
	return v;
}

static int
add(size_t **idx, size_t *nidx, size_t *cap, size_t v)
{
	size_t i;

	for (i = 0; i < *nidx; i++)
		if ((*idx)[i] == v)
			return 0;
	if (*nidx == *cap) {
		size_t ncap = *cap ? *cap * 2 : 8;
		size_t *ni = realloc(*idx, ncap * sizeof *ni);

		if (ni == NULL)
			return -1;
		*idx = ni;
		*cap = ncap;
	}
	(*idx)[(*nidx)++] = v;
	return 0;
}

static int
item(const char *p, size_t len, const rows_field *hdr, size_t n, size_t **idx, size_t *nidx,
     size_t *cap)
{
	const char *dash;
	long f;
	size_t a, b, v;

	if (len == 0)
		return COLS_EEMPTY;
	if ((f = cols_find(hdr, n, p, len)) >= 0)
		return add(idx, nidx, cap, (size_t)f) ? COLS_ENOMEM : COLS_OK;
	if ((a = number(p, len)) > 0)
		return a > n ? COLS_EUNKNOWN : add(idx, nidx, cap, a - 1) ? COLS_ENOMEM : COLS_OK;
	dash = memchr(p, '-', len);
	if (dash == NULL)
		return COLS_EUNKNOWN;
	a = number(p, (size_t)(dash - p));
	b = number(dash + 1, len - (size_t)(dash - p) - 1);
	if (a == 0 || b == 0 || b < a)
		return COLS_ERANGE;
	if (b > n)
		return COLS_EUNKNOWN;
	for (v = a; v <= b; v++)
		if (add(idx, nidx, cap, v - 1))
			return COLS_ENOMEM;
	return COLS_OK;
}

int
cols_select(const char *spec, const rows_field *hdr, size_t n, size_t **idx, size_t *nidx,
	    char **bad)
{
	const char *p = spec;
	size_t cap = 0;
	int rc = COLS_OK;

	*idx = NULL;
	*nidx = 0;
	*bad = NULL;
	for (;;) {
		const char *c = strchr(p, ',');
		size_t len = c ? (size_t)(c - p) : strlen(p);

		rc = item(p, len, hdr, n, idx, nidx, &cap);
		if (rc != COLS_OK) {
			*bad = malloc(len + 1);
			if (*bad) {
				memcpy(*bad, p, len);
				(*bad)[len] = '\0';
			}
			free(*idx);
			*idx = NULL;
			*nidx = 0;
			return rc;
		}
		if (c == NULL)
			return COLS_OK;
		p = c + 1;
	}
}
