/*
 * grp.c - open-addressing hash table (linear probing, FNV-1a) from key bytes
 * to insertion index.  Keys live in one growing arena, addressed by offset.
 */
#include "grp.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct grp {
	uint32_t *slot;   /* index + 1, 0 = empty */
	size_t nslot;     /* power of two */
	size_t *off;      /* per index: key offset in arena, then length */
	uint64_t *hash;   /* per index */
	size_t n, ncap;
	char *arena;
	size_t alen, acap;
};

static uint64_t
fnv1a(const char *p, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	while (n--) {
		h ^= (unsigned char)*p++;
		h *= 0x100000001b3ULL;
	}
	return h;
}

grp *
grp_new(void)
{
	grp *g = calloc(1, sizeof *g);

	if (g == NULL)
		return NULL;
	g->nslot = 16;
	g->slot = calloc(g->nslot, sizeof *g->slot);
	if (g->slot == NULL) {
		free(g);
		return NULL;
	}
	return g;
}

void
grp_free(grp *g)
{
	if (g == NULL)
		return;
	free(g->slot);
	free(g->off);
	free(g->hash);
	free(g->arena);
	free(g);
}

static int
rehash(grp *g)
{
	size_t ns = g->nslot * 2, i, j;
	uint32_t *s = calloc(ns, sizeof *s);

	if (s == NULL)
		return -1;
	for (i = 0; i < g->n; i++) {
		for (j = g->hash[i] & (ns - 1); s[j]; j = (j + 1) & (ns - 1))
			;
		s[j] = (uint32_t)(i + 1);
	}
	free(g->slot);
	g->slot = s;
	g->nslot = ns;
	return 0;
}

long
grp_get(grp *g, const char *key, size_t n, int *added)
{
	uint64_t h = fnv1a(key, n);
	size_t j, i;

	*added = 0;
	for (j = h & (g->nslot - 1); g->slot[j]; j = (j + 1) & (g->nslot - 1)) {
		i = g->slot[j] - 1;
		if (g->hash[i] == h && g->off[2 * i + 1] == n &&
		    memcmp(g->arena + g->off[2 * i], key, n) == 0)
			return (long)i;
	}
	if (g->n >= UINT32_MAX - 1)
		return -1;
	if (g->n == g->ncap) {
		size_t nc = g->ncap ? g->ncap * 2 : 16;
		size_t *no = realloc(g->off, 2 * nc * sizeof *no);
		uint64_t *nh;

		if (no == NULL)
			return -1;
		g->off = no;
		nh = realloc(g->hash, nc * sizeof *nh);
		if (nh == NULL)
			return -1;
		g->hash = nh;
		g->ncap = nc;
	}
	if (g->alen + n + 1 > g->acap) {
		size_t nc = g->acap ? g->acap : 256;
		char *na;

		while (nc < g->alen + n + 1)
			nc *= 2;
		na = realloc(g->arena, nc);
		if (na == NULL)
			return -1;
		g->arena = na;
		g->acap = nc;
	}
	if (n)
		memcpy(g->arena + g->alen, key, n);
	i = g->n++;
	g->off[2 * i] = g->alen;
	g->off[2 * i + 1] = n;
	g->hash[i] = h;
	g->alen += n;
	g->slot[j] = (uint32_t)(i + 1);
	*added = 1;
	if (2 * g->n > g->nslot && rehash(g) < 0) {
		g->n--; /* keep the table consistent: the key was not added */
		g->slot[j] = 0;
		*added = 0;
		return -1;
	}
	return (long)i;
}

size_t
grp_count(const grp *g)
{
	return g->n;
}

const char *
grp_key(const grp *g, size_t i, size_t *n)
{
	*n = g->off[2 * i + 1];
	return g->arena + g->off[2 * i];
}
