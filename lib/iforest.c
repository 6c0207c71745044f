/*
 * iforest.c - Isolation Forest and Extended Isolation Forest.
 */
#include "iforest.h"
#include "blob.h"
#include "rng.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A fused multiply-add rounds differently from a multiply then an add:
 * keep every machine on the same results (gcc does not contract in ISO C
 * mode; clang would, on targets with FMA). */
#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

#define LEAF (-1)
#define HYPER (-2)
#define LN2 0.693147180559945309417232121458
#define EULER 0.5772156649015328606
#define MAX_TREES 100000
#define MAX_PSI (1u << 24)
#define MAX_FEAT 100000

typedef struct {
	int32_t feat;  /* split feature; LEAF; or HYPER (extended split) */
	uint32_t left; /* left child; the right one is left + 1 */
	double v;      /* split: threshold (x_f <= v, or n.x <= v, goes left);
	                  leaf: depth + c(size), the path length it gives */
} node;

typedef struct {
	node *nodes;
	uint32_t *size; /* sample points that reached each node */
	double *gain;   /* bits a point gains entering each node from its parent */
	double *normal; /* extended: nfeat per node, the hyperplane's normal n */
	double *point;  /* extended: nfeat per node, the point p it passes through */
	uint32_t n, cap;
} tree;

struct iforest {
	iforest_opts o;
	char **names;     /* nfeat names */
	rng r;
	int has_spare;    /* the polar method's second normal */
	double spare;

	/* sampling (freed by fit) */
	double *res;      /* trees x psi x nfeat: each tree's reservoir */
	double *w;        /* per tree: Algorithm L's W */
	uint64_t *next;   /* per tree: 0-based index of the next row to enter it */
	uint64_t min_next;
	uint64_t rows;    /* rows offered */

	/* model */
	tree *trees;
	/* standard mode, for speed: every tree in one array, each node as
	 * {feature, next, threshold}, a leaf pointing to itself with threshold
	 * +inf, so that every path is walked for exactly `levels` steps with no
	 * branch, all trees side by side (independent loads in flight). */
	struct flat {
		uint32_t feat, next;
		double v;
	} *flat;
	double *leafv;    /* per flat node: the leaf's path length */
	uint32_t *root;   /* per tree: its root in flat */
	int levels;       /* the deepest leaf's depth */
	int fitted;
	uint32_t psi;     /* effective sample size: min(o.psi, rows) */
	double cpsi;      /* c(psi) */
	int has_thr;
	double contamination, threshold;
};

/* ---- logarithm and exponential from basic operations ----
 * libm's log and exp may differ in the last bit between platforms; these
 * use only +-*÷ (and frexp/ldexp/floor, which are exact), so they do not. */

static double
det_log(double x)
{
	double m, s, s2, term, sum = 0;
	int e, k;

	if (!(x > 0))
		return -HUGE_VAL;
	m = frexp(x, &e); /* x = m 2^e, m in [0.5, 1) */
	if (m < 0.70710678118654752440) {
		m *= 2;
		e--;
	}
	/* ln m = 2 atanh s, s = (m - 1)/(m + 1), |s| <= 0.172: the series'
	 * terms fall below 1e-20 by s^27. */
	s = (m - 1) / (m + 1);
	s2 = s * s;
	term = s;
	for (k = 1; k <= 27; k += 2) {
		sum += term / k;
		term *= s2;
	}
	return 2 * sum + e * LN2;
}

static double
det_exp(double y)
{
	double r, term = 1, sum = 1, k;
	int i;

	if (y < -1100)
		return 0;
	if (y > 700)
		y = 700;
	/* e^y = 2^k e^r, |r| <= ln2 / 2: Taylor terms fall below 1e-21 by r^20. */
	k = floor(y / LN2 + 0.5);
	r = y - k * LN2;
	for (i = 1; i <= 20; i++) {
		term *= r / i;
		sum += term;
	}
	return ldexp(sum, (int)k);
}

double
iforest_c(double n)
{
	if (n <= 1)
		return 0;
	if (n <= 2)
		return 1;
	return 2 * (det_log(n - 1) + EULER) - 2 * (n - 1) / n;
}

/* Uniform on (0, 1), never 0 or 1: an odd multiple of 2^-53. */
static double
uniform_open(rng *r)
{
	return (double)((rng_u64(r) >> 12) * 2 + 1) * 0x1.0p-53;
}

/* Standard normal, Marsaglia's polar method with det_log. */
static double
normal(iforest *f)
{
	double u, v, s;

	if (f->has_spare) {
		f->has_spare = 0;
		return f->spare;
	}
	do {
		u = 2 * rng_uniform(&f->r) - 1;
		v = 2 * rng_uniform(&f->r) - 1;
		s = u * u + v * v;
	} while (s >= 1 || s == 0);
	s = sqrt(-2 * det_log(s) / s);
	f->spare = v * s;
	f->has_spare = 1;
	return u * s;
}

/* ---- life cycle ---- */

static iforest *
alloc_forest(const iforest_opts *o, const char *const *names)
{
	iforest *f;
	size_t j;

	if (o->trees < 1 || o->trees > MAX_TREES || o->psi < 2 || o->psi > MAX_PSI ||
	    o->nfeat < 1 || o->nfeat > MAX_FEAT)
		return NULL;
	if ((f = calloc(1, sizeof *f)) == NULL)
		return NULL;
	f->o = *o;
	rng_seed(&f->r, o->seed);
	f->names = calloc(o->nfeat, sizeof *f->names);
	f->trees = calloc(o->trees, sizeof *f->trees);
	if (f->names == NULL || f->trees == NULL)
		goto fail;
	for (j = 0; j < o->nfeat; j++) {
		const char *s = names && names[j] ? names[j] : "";

		if ((f->names[j] = malloc(strlen(s) + 1)) == NULL)
			goto fail;
		strcpy(f->names[j], s);
	}
	return f;
fail:
	iforest_free(f);
	return NULL;
}

iforest *
iforest_new(const iforest_opts *o, const char *const *names)
{
	iforest *f = alloc_forest(o, names);

	if (f == NULL)
		return NULL;
	f->res = malloc(o->trees * o->psi * o->nfeat * sizeof *f->res);
	f->w = calloc(o->trees, sizeof *f->w);
	f->next = calloc(o->trees, sizeof *f->next);
	if (f->res == NULL || f->w == NULL || f->next == NULL) {
		iforest_free(f);
		return NULL;
	}
	return f;
}

static void
tree_free(tree *t)
{
	free(t->nodes);
	free(t->size);
	free(t->gain);
	free(t->normal);
	free(t->point);
}

void
iforest_free(iforest *f)
{
	size_t i;

	if (f == NULL)
		return;
	if (f->names)
		for (i = 0; i < f->o.nfeat; i++)
			free(f->names[i]);
	if (f->trees)
		for (i = 0; i < f->o.trees; i++)
			tree_free(&f->trees[i]);
	free(f->names);
	free(f->trees);
	free(f->flat);
	free(f->leafv);
	free(f->root);
	free(f->res);
	free(f->w);
	free(f->next);
	free(f);
}

/* ---- sampling: one reservoir per tree, Algorithm L (Li, 1994) ----
 * After the reservoir of k is full, the gap to the next row that enters it
 * is geometric: floor(ln U / ln(1 - W)), with W = prod of U_i^(1/k); that
 * row replaces a slot drawn uniformly.  Each reservoir stays a uniform
 * sample without replacement of the rows seen, and costs O(k log(N/k))
 * draws instead of one per row. */

static uint64_t
gap(iforest *f, double w)
{
	double num = det_log(uniform_open(&f->r)), den = det_log(1 - w), g;

	if (den == 0) /* w below 2^-53: no row will enter again */
		return UINT64_MAX / 2;
	g = floor(num / den);
	return g < 9e18 ? (uint64_t)g : UINT64_MAX / 2;
}

int
iforest_add(iforest *f, const double *x)
{
	size_t t, k = f->o.psi, d = f->o.nfeat;
	uint64_t i = f->rows;

	if (f->fitted || f->res == NULL)
		return -1;
	f->rows++;
	if (i < k) {
		for (t = 0; t < f->o.trees; t++)
			memcpy(f->res + (t * k + i) * d, x, d * sizeof *x);
		if (i + 1 < k)
			return 0;
		f->min_next = UINT64_MAX;
		for (t = 0; t < f->o.trees; t++) {
			f->w[t] = det_exp(det_log(uniform_open(&f->r)) / (double)k);
			f->next[t] = k + gap(f, f->w[t]);
			if (f->next[t] < f->min_next)
				f->min_next = f->next[t];
		}
		return 0;
	}
	if (i < f->min_next)
		return 0;
	f->min_next = UINT64_MAX;
	for (t = 0; t < f->o.trees; t++) {
		if (f->next[t] == i) {
			uint64_t slot = rng_below(&f->r, k);

			memcpy(f->res + (t * k + slot) * d, x, d * sizeof *x);
			f->w[t] *= det_exp(det_log(uniform_open(&f->r)) / (double)k);
			f->next[t] = i + 1 + gap(f, f->w[t]);
		}
		if (f->next[t] < f->min_next)
			f->min_next = f->next[t];
	}
	return 0;
}

const double *
iforest_sample(const iforest *f, size_t t, size_t *n)
{
	if (f->res == NULL || t >= f->o.trees)
		return NULL;
	*n = f->rows < f->o.psi ? (size_t)f->rows : f->o.psi;
	return f->res + t * f->o.psi * f->o.nfeat;
}

uint64_t
iforest_rows(const iforest *f)
{
	return f->rows;
}

/* ---- growing a tree ---- */

typedef struct {
	iforest *f;
	tree *t;
	const double *x;  /* the tree's sample, psi x nfeat */
	uint32_t *idx;    /* sample rows, partitioned in place */
	double *lo, *hi;  /* nfeat scratch: the node's bounding box */
	int limit;        /* depth limit */
} grower;

static int
new_pair(grower *g, const iforest *f)
{
	tree *t = g->t;
	size_t d = f->o.extended ? f->o.nfeat : 0;

	if (t->n + 2 > t->cap) {
		uint32_t nc = t->cap ? t->cap * 2 : 64;
		node *nn = realloc(t->nodes, nc * sizeof *nn);
		uint32_t *ns;

		if (nn == NULL)
			return -1;
		t->nodes = nn;
		if ((ns = realloc(t->size, nc * sizeof *ns)) == NULL)
			return -1;
		t->size = ns;
		if (d) {
			double *a = realloc(t->normal, nc * d * sizeof *a), *b;

			if (a == NULL)
				return -1;
			t->normal = a;
			if ((b = realloc(t->point, nc * d * sizeof *b)) == NULL)
				return -1;
			t->point = b;
		}
		t->cap = nc;
	}
	t->n += 2;
	return 0;
}

static double
dot(const double *a, const double *b, size_t d)
{
	double s = 0;
	size_t j;

	for (j = 0; j < d; j++)
		s += a[j] * b[j];
	return s;
}

/* Grow node at, holding idx[0..n), at depth. */
static int
grow(grower *g, uint32_t at, uint32_t *idx, uint32_t n, int depth)
{
	iforest *f = g->f;
	size_t d = f->o.nfeat, j, nvar = 0;
	uint32_t i, nl = 0, left;
	node *nd;

	g->t->size[at] = n;
	if (n > 1 && depth < g->limit) {
		for (j = 0; j < d; j++) {
			g->lo[j] = g->hi[j] = g->x[(size_t)idx[0] * d + j];
			for (i = 1; i < n; i++) {
				double v = g->x[(size_t)idx[i] * d + j];

				if (v < g->lo[j])
					g->lo[j] = v;
				if (v > g->hi[j])
					g->hi[j] = v;
			}
			nvar += g->lo[j] < g->hi[j];
		}
	}
	if (nvar == 0) {
		g->t->nodes[at].feat = LEAF;
		g->t->nodes[at].left = 0;
		g->t->nodes[at].v = depth + iforest_c(n);
		return 0;
	}
	if (new_pair(g, f) < 0)
		return -1;
	left = g->t->n - 2;
	nd = &g->t->nodes[at];
	nd->left = left;
	if (!f->o.extended) {
		uint64_t pick = rng_below(&f->r, nvar);
		double t;

		for (j = 0; j < d; j++)
			if (g->lo[j] < g->hi[j] && pick-- == 0)
				break;
		t = g->lo[j] + rng_uniform(&f->r) * (g->hi[j] - g->lo[j]);
		if (t >= g->hi[j])
			t = g->lo[j];
		nd->feat = (int32_t)j;
		nd->v = t;
		for (i = 0; i < n; i++)
			if (g->x[(size_t)idx[i] * d + j] <= t) {
				uint32_t s = idx[nl];

				idx[nl++] = idx[i];
				idx[i] = s;
			}
	} else {
		double *nv = g->t->normal + (size_t)at * d, *pv = g->t->point + (size_t)at * d;

		for (j = 0; j < d; j++)
			nv[j] = normal(f);
		for (j = 0; j < d; j++)
			pv[j] = g->lo[j] + rng_uniform(&f->r) * (g->hi[j] - g->lo[j]);
		nd->feat = HYPER;
		nd->v = dot(nv, pv, d);
		for (i = 0; i < n; i++)
			if (dot(nv, g->x + (size_t)idx[i] * d, d) <= nd->v) {
				uint32_t s = idx[nl];

				idx[nl++] = idx[i];
				idx[i] = s;
			}
	}
	if (grow(g, left, idx, nl, depth + 1) < 0)
		return -1;
	return grow(g, left + 1, idx + nl, n - nl, depth + 1);
}

/* gain[child] = log2(size[parent] / max(size[child], 1)); the root's is 0. */
static int
set_gains(tree *t)
{
	uint32_t i;

	free(t->gain);
	if ((t->gain = calloc(t->n, sizeof *t->gain)) == NULL)
		return -1;
	for (i = 0; i < t->n; i++) {
		uint32_t c;

		if (t->nodes[i].feat == LEAF)
			continue;
		for (c = t->nodes[i].left; c <= t->nodes[i].left + 1; c++)
			t->gain[c] = det_log((double)t->size[i] /
					     (t->size[c] ? (double)t->size[c] : 1.0)) / LN2;
	}
	return 0;
}

static int
depth_limit(uint32_t psi)
{
	int l = 0;

	while (((uint64_t)1 << l) < psi)
		l++;
	return l; /* ceil(log2 psi) */
}

static int
depth_of(const tree *t, uint32_t i, int depth)
{
	int a, b;

	if (t->nodes[i].feat == LEAF)
		return depth;
	a = depth_of(t, t->nodes[i].left, depth + 1);
	b = depth_of(t, t->nodes[i].left + 1, depth + 1);
	return a > b ? a : b;
}

static int
build_flat(iforest *f)
{
	size_t t, total = 0;
	uint32_t i, base = 0;

	if (f->o.extended)
		return 0;
	for (t = 0; t < f->o.trees; t++)
		total += f->trees[t].n;
	if (total > UINT32_MAX)
		return -1;
	f->flat = malloc(total * sizeof *f->flat);
	f->leafv = malloc(total * sizeof *f->leafv);
	f->root = malloc(f->o.trees * sizeof *f->root);
	if (f->flat == NULL || f->leafv == NULL || f->root == NULL)
		return -1;
	f->levels = 0;
	for (t = 0; t < f->o.trees; t++) {
		const tree *tr = &f->trees[t];
		int dep = depth_of(tr, 0, 0);

		if (dep > f->levels)
			f->levels = dep;
		f->root[t] = base;
		for (i = 0; i < tr->n; i++) {
			struct flat *fl = &f->flat[base + i];

			if (tr->nodes[i].feat == LEAF) {
				fl->feat = 0;
				fl->next = base + i;
				fl->v = HUGE_VAL;
				f->leafv[base + i] = tr->nodes[i].v;
			} else {
				fl->feat = (uint32_t)tr->nodes[i].feat;
				fl->next = base + tr->nodes[i].left;
				fl->v = tr->nodes[i].v;
				f->leafv[base + i] = 0;
			}
		}
		base += tr->n;
	}
	return 0;
}

int
iforest_fit(iforest *f)
{
	size_t t, d = f->o.nfeat, k = f->o.psi;
	grower g;
	int rc = -1;

	if (f->fitted || f->rows < 2)
		return -1;
	f->psi = (uint32_t)(f->rows < k ? f->rows : k);
	f->cpsi = iforest_c(f->psi);
	g.f = f;
	g.limit = depth_limit(f->psi);
	g.idx = malloc(f->psi * sizeof *g.idx);
	g.lo = malloc(d * sizeof *g.lo);
	g.hi = malloc(d * sizeof *g.hi);
	if (g.idx == NULL || g.lo == NULL || g.hi == NULL)
		goto done;
	for (t = 0; t < f->o.trees; t++) {
		uint32_t i;

		g.t = &f->trees[t];
		g.x = f->res + t * k * d;
		for (i = 0; i < f->psi; i++)
			g.idx[i] = i;
		g.t->n = 0;
		if (new_pair(&g, f) < 0) /* the root (and one spare slot) */
			goto done;
		g.t->n = 1;
		if (grow(&g, 0, g.idx, f->psi, 0) < 0 || set_gains(g.t) < 0)
			goto done;
	}
	if (build_flat(f) < 0)
		goto done;
	f->fitted = 1;
	free(f->res);
	free(f->w);
	free(f->next);
	f->res = f->w = NULL;
	f->next = NULL;
	rc = 0;
done:
	free(g.idx);
	free(g.lo);
	free(g.hi);
	return rc;
}

int
iforest_fitted(const iforest *f)
{
	return f->fitted;
}

/* ---- scoring ---- */

static uint32_t
step(const tree *t, uint32_t i, const double *x, size_t d)
{
	const node *nd = &t->nodes[i];

	if (nd->feat >= 0)
		return x[nd->feat] <= nd->v ? nd->left : nd->left + 1;
	return dot(t->normal + (size_t)i * d, x, d) <= nd->v ? nd->left : nd->left + 1;
}

static double
score_of(const iforest *f, double sum)
{
	/* 2^(-E[h]/c(psi)) = e^(-ln2 E[h]/c(psi)) */
	return det_exp(-LN2 * (sum / (double)f->o.trees) / f->cpsi);
}

double
iforest_score(const iforest *f, const double *x)
{
	size_t t, d = f->o.nfeat;
	double sum = 0;

	if (f->flat) {
		uint32_t cur[64];
		size_t t0, k, m;
		int l;

		for (t0 = 0; t0 < f->o.trees; t0 += m) {
			m = f->o.trees - t0 < 64 ? f->o.trees - t0 : 64;
			memcpy(cur, f->root + t0, m * sizeof *cur);
			for (l = 0; l < f->levels; l++)
				for (k = 0; k < m; k++) {
					const struct flat *fl = &f->flat[cur[k]];

					cur[k] = fl->next + (x[fl->feat] > fl->v);
				}
			for (k = 0; k < m; k++)
				sum += f->leafv[cur[k]];
		}
		return score_of(f, sum);
	}
	for (t = 0; t < f->o.trees; t++) {
		const tree *tr = &f->trees[t];
		uint32_t i = 0;

		while (tr->nodes[i].feat != LEAF)
			i = step(tr, i, x, d);
		sum += tr->nodes[i].v;
	}
	return score_of(f, sum);
}

double
iforest_explain(const iforest *f, const double *x, double *share)
{
	size_t t, j, d = f->o.nfeat;
	double sum = 0, total = 0;

	for (j = 0; j < d; j++)
		share[j] = 0;
	for (t = 0; t < f->o.trees; t++) {
		const tree *tr = &f->trees[t];
		uint32_t i = 0;

		while (tr->nodes[i].feat != LEAF) {
			uint32_t c = step(tr, i, x, d);
			double bits = tr->gain[c];

			if (tr->nodes[i].feat >= 0) {
				share[tr->nodes[i].feat] += bits;
			} else {
				const double *nv = tr->normal + (size_t)i * d;
				const double *pv = tr->point + (size_t)i * d;
				double wsum = 0;

				for (j = 0; j < d; j++)
					wsum += fabs(nv[j] * (x[j] - pv[j]));
				if (wsum > 0)
					for (j = 0; j < d; j++)
						share[j] += bits * (fabs(nv[j] * (x[j] - pv[j])) / wsum);
			}
			i = c;
		}
		sum += tr->nodes[i].v;
	}
	for (j = 0; j < d; j++)
		total += share[j];
	for (j = 0; j < d; j++)
		share[j] = total > 0 ? share[j] / total : 0;
	return score_of(f, sum);
}

/* ---- accessors ---- */

size_t
iforest_nfeat(const iforest *f)
{
	return f->o.nfeat;
}

const char *
iforest_name(const iforest *f, size_t j)
{
	return f->names[j];
}

const iforest_opts *
iforest_options(const iforest *f)
{
	return &f->o;
}

size_t
iforest_psi(const iforest *f)
{
	return f->fitted ? f->psi : 0;
}

void
iforest_set_threshold(iforest *f, double contamination, double threshold)
{
	f->has_thr = 1;
	f->contamination = contamination;
	f->threshold = threshold;
}

int
iforest_threshold(const iforest *f, double *contamination, double *threshold)
{
	if (!f->has_thr)
		return 0;
	*contamination = f->contamination;
	*threshold = f->threshold;
	return 1;
}

/* ---- model file ----
 * u32 nfeat, nfeat names, u32 trees, u32 psi asked, u32 psi used,
 * u32 extended, u64 seed, u64 rows, u32 has threshold, f64 contamination,
 * f64 threshold; per tree: u32 nodes, then per node u32 feat (LEAF = ~0,
 * HYPER = ~1), u32 left, u32 size, f64 v, and for a HYPER node nfeat f64
 * normal then nfeat f64 point. */

int
iforest_save(const iforest *f, const char *path)
{
	blob *b;
	size_t t, j, d = f->o.nfeat;
	int rc;

	if (!f->fitted)
		return BLOB_EIO;
	if ((b = blob_new()) == NULL)
		return BLOB_ENOMEM;
	blob_put_u32(b, (uint32_t)d);
	for (j = 0; j < d; j++)
		blob_put_str(b, f->names[j], strlen(f->names[j]));
	blob_put_u32(b, (uint32_t)f->o.trees);
	blob_put_u32(b, (uint32_t)f->o.psi);
	blob_put_u32(b, f->psi);
	blob_put_u32(b, (uint32_t)f->o.extended);
	blob_put_u64(b, f->o.seed);
	blob_put_u64(b, f->rows);
	blob_put_u32(b, (uint32_t)f->has_thr);
	blob_put_f64(b, f->contamination);
	blob_put_f64(b, f->threshold);
	for (t = 0; t < f->o.trees; t++) {
		const tree *tr = &f->trees[t];
		uint32_t i;

		blob_put_u32(b, tr->n);
		for (i = 0; i < tr->n; i++) {
			blob_put_u32(b, (uint32_t)tr->nodes[i].feat);
			blob_put_u32(b, tr->nodes[i].left);
			blob_put_u32(b, tr->size[i]);
			blob_put_f64(b, tr->nodes[i].v);
			if (tr->nodes[i].feat == HYPER) {
				blob_put_f64s(b, tr->normal + (size_t)i * d, d);
				blob_put_f64s(b, tr->point + (size_t)i * d, d);
			}
		}
	}
	/* A failed put makes every later one fail: checking the last suffices. */
	if (blob_put_u32(b, 0) < 0)
		rc = BLOB_ENOMEM;
	else
		rc = blob_save(b, path, IFOREST_KIND, IFOREST_VERSION);
	blob_free(b);
	return rc;
}

static int
load_tree(blob *b, iforest *f, tree *tr)
{
	size_t d = f->o.nfeat;
	uint32_t n, i, u;

	if (blob_get_u32(b, &n) < 0)
		return BLOB_ETRUNC;
	if (n < 1 || n > 4 * (uint64_t)f->psi)
		return IFOREST_EMODEL;
	tr->nodes = malloc(n * sizeof *tr->nodes);
	tr->size = malloc(n * sizeof *tr->size);
	if (f->o.extended) {
		tr->normal = calloc((size_t)n * d, sizeof *tr->normal);
		tr->point = calloc((size_t)n * d, sizeof *tr->point);
	}
	if (!tr->nodes || !tr->size || (f->o.extended && (!tr->normal || !tr->point)))
		return BLOB_ENOMEM;
	tr->n = tr->cap = n;
	for (i = 0; i < n; i++) {
		node *nd = &tr->nodes[i];

		if (blob_get_u32(b, &u) < 0 || blob_get_u32(b, &nd->left) < 0 ||
		    blob_get_u32(b, &tr->size[i]) < 0 || blob_get_f64(b, &nd->v) < 0)
			return BLOB_ETRUNC;
		nd->feat = u == 0xffffffffu ? LEAF : u == 0xfffffffeu ? HYPER : (int32_t)u;
		if (!isfinite(nd->v))
			return IFOREST_EMODEL;
		if (nd->feat == LEAF)
			continue;
		/* Children after their parent: every path ends. */
		if ((nd->feat >= 0 && u >= d) || (nd->feat == HYPER && !f->o.extended) ||
		    nd->left <= i || nd->left >= n - 1)
			return IFOREST_EMODEL;
		if (nd->feat == HYPER && (blob_get_f64s(b, tr->normal + (size_t)i * d, d) < 0 ||
					  blob_get_f64s(b, tr->point + (size_t)i * d, d) < 0))
			return BLOB_ETRUNC;
	}
	return set_gains(tr) < 0 ? BLOB_ENOMEM : BLOB_OK;
}

int
iforest_load(const char *path, iforest **out, uint32_t *version)
{
	blob *b = NULL;
	iforest *f = NULL;
	iforest_opts o;
	uint32_t d, j, u, trees, psi, psi_used, ext, thr;
	char **names = NULL;
	int rc;

	*out = NULL;
	*version = IFOREST_VERSION;
	if ((rc = blob_load(path, IFOREST_KIND, version, &b)) != BLOB_OK)
		return rc;
	rc = BLOB_ETRUNC;
	if (blob_get_u32(b, &d) < 0)
		goto done;
	if (d < 1 || d > MAX_FEAT) {
		rc = IFOREST_EMODEL;
		goto done;
	}
	if ((names = calloc(d, sizeof *names)) == NULL) {
		rc = BLOB_ENOMEM;
		goto done;
	}
	for (j = 0; j < d; j++) {
		const char *s;
		size_t n;

		if (blob_get_str(b, &s, &n) < 0)
			goto done;
		if ((names[j] = malloc(n + 1)) == NULL) {
			rc = BLOB_ENOMEM;
			goto done;
		}
		memcpy(names[j], s, n);
		names[j][n] = '\0';
		if (n == 0 || memchr(s, '\0', n) != NULL) {
			rc = IFOREST_EMODEL;
			goto done;
		}
	}
	memset(&o, 0, sizeof o);
	o.nfeat = d;
	if (blob_get_u32(b, &trees) < 0 || blob_get_u32(b, &psi) < 0 ||
	    blob_get_u32(b, &psi_used) < 0 || blob_get_u32(b, &ext) < 0 ||
	    blob_get_u64(b, &o.seed) < 0)
		goto done;
	o.trees = trees;
	o.psi = psi;
	o.extended = (int)ext;
	rc = IFOREST_EMODEL;
	if (ext > 1 || psi_used < 2 || psi_used > psi ||
	    (f = alloc_forest(&o, (const char *const *)names)) == NULL)
		goto done;
	f->psi = psi_used;
	f->cpsi = iforest_c(psi_used);
	rc = BLOB_ETRUNC;
	if (blob_get_u64(b, &f->rows) < 0 || blob_get_u32(b, &thr) < 0 ||
	    blob_get_f64(b, &f->contamination) < 0 || blob_get_f64(b, &f->threshold) < 0)
		goto done;
	f->has_thr = thr != 0;
	for (j = 0; j < trees; j++)
		if ((rc = load_tree(b, f, &f->trees[j])) != BLOB_OK)
			goto done;
	rc = BLOB_ETRUNC;
	if (blob_get_u32(b, &u) < 0)
		goto done;
	rc = IFOREST_EMODEL;
	if (u != 0 || blob_left(b) != 0 || thr > 1)
		goto done;
	rc = BLOB_ENOMEM;
	if (build_flat(f) < 0)
		goto done;
	f->fitted = 1;
	*out = f;
	f = NULL;
	rc = BLOB_OK;
done:
	if (names)
		for (j = 0; j < d; j++)
			free(names[j]);
	free(names);
	iforest_free(f);
	blob_free(b);
	return rc;
}

const char *
iforest_strerror(int err)
{
	if (err == IFOREST_EMODEL)
		return "not a valid iforest model (inconsistent contents)";
	return blob_strerror(err);
}
