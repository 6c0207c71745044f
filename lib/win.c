/*
 * win.c - rolling window with running moments and an order-statistic treap.
 *
 * Storage is a ring of slots.  The treap's nodes are the ring's slots, so it
 * needs no allocation per point: node s holds the value in slot s, ordered
 * by (value, slot) so that equal values stay distinct.  Priorities come from
 * a hash of a per-window insertion counter (no global RNG), which keeps the
 * expected depth O(log n) whatever the order of the values.
 */
#include "win.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NIL UINT32_MAX
#define MAX_POINTS ((size_t)1 << 30)

struct win {
	size_t max;      /* capacity limit: a full window drops its oldest point */
	size_t cap;      /* allocated slots (<= max) */
	size_t head;     /* slot of the oldest point */
	size_t n;        /* points held */
	unsigned flags;
	double *t, *x;   /* ring of times and values */

	/* moments: sums of d = x - shift */
	double shift, s1, s2;
	size_t pops;     /* pops since the sums were last recomputed */

	/* treap over slots (WIN_ORDER) */
	uint32_t *l, *r, *sz, *pri;
	uint32_t root;
	uint64_t inserts;
};

/* Slot of the i-th oldest point (i < cap): a compare, not a division. */
static size_t
slot_of(const win *w, size_t i)
{
	size_t s = w->head + i;

	return s >= w->cap ? s - w->cap : s;
}

static uint32_t
hash32(uint64_t v)
{
	/* splitmix64 finaliser */
	v += 0x9e3779b97f4a7c15ULL;
	v = (v ^ (v >> 30)) * 0xbf58476d1ce4e5b9ULL;
	v = (v ^ (v >> 27)) * 0x94d049bb133111ebULL;
	return (uint32_t)(v ^ (v >> 31));
}

static uint32_t
size_of(const win *w, uint32_t t)
{
	return t == NIL ? 0 : w->sz[t];
}

static void
update(win *w, uint32_t t)
{
	w->sz[t] = 1 + size_of(w, w->l[t]) + size_of(w, w->r[t]);
}

/* Slot a orders before slot b. */
static int
before(const win *w, uint32_t a, uint32_t b)
{
	return w->x[a] < w->x[b] || (w->x[a] == w->x[b] && a < b);
}

/* Split t into nodes ordered before k (*a) and the rest (*b). */
static void
split(win *w, uint32_t t, uint32_t k, uint32_t *a, uint32_t *b)
{
	if (t == NIL) {
		*a = *b = NIL;
	} else if (before(w, t, k)) {
		split(w, w->r[t], k, &w->r[t], b);
		update(w, t);
		*a = t;
	} else {
		split(w, w->l[t], k, a, &w->l[t]);
		update(w, t);
		*b = t;
	}
}

static uint32_t
merge(win *w, uint32_t a, uint32_t b)
{
	if (a == NIL)
		return b;
	if (b == NIL)
		return a;
	if (w->pri[a] > w->pri[b]) {
		w->r[a] = merge(w, w->r[a], b);
		update(w, a);
		return a;
	}
	w->l[b] = merge(w, a, w->l[b]);
	update(w, b);
	return b;
}

static uint32_t
insert(win *w, uint32_t t, uint32_t k)
{
	if (t == NIL)
		return k;
	if (w->pri[k] > w->pri[t]) {
		split(w, t, k, &w->l[k], &w->r[k]);
		update(w, k);
		return k;
	}
	if (before(w, k, t))
		w->l[t] = insert(w, w->l[t], k);
	else
		w->r[t] = insert(w, w->r[t], k);
	w->sz[t]++;
	return t;
}

static uint32_t
erase(win *w, uint32_t t, uint32_t k)
{
	if (t == k)
		return merge(w, w->l[t], w->r[t]);
	if (before(w, k, t))
		w->l[t] = erase(w, w->l[t], k);
	else
		w->r[t] = erase(w, w->r[t], k);
	w->sz[t]--;
	return t;
}

static void
tree_add(win *w, size_t slot)
{
	uint32_t k = (uint32_t)slot;

	w->l[k] = w->r[k] = NIL;
	w->sz[k] = 1;
	w->pri[k] = hash32(w->inserts++);
	w->root = insert(w, w->root, k);
}

/* Value of the i-th smallest point (0-based). */
static double
select_nth(const win *w, size_t i)
{
	uint32_t t = w->root;

	for (;;) {
		size_t ls = size_of(w, w->l[t]);

		if (i < ls) {
			t = w->l[t];
		} else if (i == ls) {
			return w->x[t];
		} else {
			i -= ls + 1;
			t = w->r[t];
		}
	}
}

static int
alloc_arrays(win *w, size_t cap)
{
	double *t = malloc(cap * sizeof *t), *x = malloc(cap * sizeof *x);
	uint32_t *l = NULL, *r = NULL, *sz = NULL, *pri = NULL;
	size_t i, s;

	if (w->flags & WIN_ORDER) {
		l = malloc(cap * sizeof *l);
		r = malloc(cap * sizeof *r);
		sz = malloc(cap * sizeof *sz);
		pri = malloc(cap * sizeof *pri);
	}
	if (!t || !x || ((w->flags & WIN_ORDER) && (!l || !r || !sz || !pri))) {
		free(t);
		free(x);
		free(l);
		free(r);
		free(sz);
		free(pri);
		return -1;
	}
	/* Move the points to slots 0..n-1, oldest first. */
	for (i = 0; i < w->n; i++) {
		s = slot_of(w, i);
		t[i] = w->t[s];
		x[i] = w->x[s];
	}
	free(w->t);
	free(w->x);
	free(w->l);
	free(w->r);
	free(w->sz);
	free(w->pri);
	w->t = t;
	w->x = x;
	w->l = l;
	w->r = r;
	w->sz = sz;
	w->pri = pri;
	w->cap = cap;
	w->head = 0;
	if (w->flags & WIN_ORDER) {
		w->root = NIL;
		for (i = 0; i < w->n; i++)
			tree_add(w, i);
	}
	return 0;
}

win *
win_new(size_t max, unsigned flags)
{
	win *w = calloc(1, sizeof *w);

	if (w == NULL)
		return NULL;
	if (max < 1)
		max = 1;
	if (max > MAX_POINTS)
		max = MAX_POINTS;
	w->max = max;
	w->flags = flags;
	w->root = NIL;
	if (alloc_arrays(w, max < 64 ? max : 64) < 0) {
		free(w);
		return NULL;
	}
	return w;
}

void
win_free(win *w)
{
	if (w == NULL)
		return;
	free(w->t);
	free(w->x);
	free(w->l);
	free(w->r);
	free(w->sz);
	free(w->pri);
	free(w);
}

void
win_clear(win *w)
{
	w->n = 0;
	w->head = 0;
	w->root = NIL;
	w->s1 = w->s2 = 0;
	w->pops = 0;
}

/* Recompute the sums exactly, shifted to the current mean. */
static void
recentre(win *w)
{
	/* The points are x[head, end1) then x[0, end2), oldest first. */
	size_t end1 = w->head + w->n > w->cap ? w->cap : w->head + w->n;
	size_t end2 = w->head + w->n - end1, i;
	double m = 0, d, s1 = 0, s2 = 0;

	for (i = w->head; i < end1; i++)
		m += w->x[i];
	for (i = 0; i < end2; i++)
		m += w->x[i];
	m = w->n ? m / (double)w->n : 0;
	for (i = w->head; i < end1; i++) {
		d = w->x[i] - m;
		s1 += d;
		s2 += d * d;
	}
	for (i = 0; i < end2; i++) {
		d = w->x[i] - m;
		s1 += d;
		s2 += d * d;
	}
	w->shift = m;
	w->s1 = s1;
	w->s2 = s2;
	w->pops = 0;
}

/* Drop the oldest of n > 0 points; inline in win_push, where a full
 * window does it on every point. */
static inline void
pop_oldest(win *w)
{
	double d;

	if (w->flags & WIN_ORDER)
		w->root = erase(w, w->root, (uint32_t)w->head);
	d = w->x[w->head] - w->shift;
	w->s1 -= d;
	w->s2 -= d * d;
	w->head = slot_of(w, 1);
	w->n--;
	if (++w->pops >= w->n)
		recentre(w);
}

void
win_pop(win *w)
{
	if (w->n > 0)
		pop_oldest(w);
}

int
win_push(win *w, double t, double x)
{
	size_t s;
	double d;

	if (w->n == w->max)
		pop_oldest(w);
	if (w->n == w->cap) {
		size_t ncap = w->cap * 2 > w->max ? w->max : w->cap * 2;

		if (alloc_arrays(w, ncap) < 0)
			return -1;
	}
	if (w->n == 0) {
		w->shift = x;
		w->s1 = w->s2 = 0;
		w->pops = 0;
	}
	s = slot_of(w, w->n);
	w->t[s] = t;
	w->x[s] = x;
	w->n++;
	d = x - w->shift;
	w->s1 += d;
	w->s2 += d * d;
	if (w->flags & WIN_ORDER)
		tree_add(w, s);
	/* The data moved far from the shift (a level shift): s2 - s1^2/n now
	 * cancels, losing about eps * (mean - shift)^2 of the variance, enough to
	 * make a flat stretch look noisy.  Re-centre once the offset exceeds a
	 * thousand spreads (and is more than rounding of the mean itself). */
	{
		/* With m = s1/n the offset of the mean from the shift: m^2 >
		 * 1e6 (s2/n - m^2) and |m| > 1e-9 |shift + m|, times n^2 and n
		 * so that the test on every push needs no division. */
		double n = (double)w->n, s1 = w->s1;

		if (s1 * s1 > 1e6 * (w->s2 * n - s1 * s1) && fabs(s1) > 1e-9 * fabs(w->shift * n + s1))
			recentre(w);
	}
	return 0;
}

size_t
win_count(const win *w)
{
	return w->n;
}

void
win_get(const win *w, size_t i, double *t, double *x)
{
	size_t s = slot_of(w, i);

	*t = w->t[s];
	*x = w->x[s];
}

void
win_moments(const win *w, double x, double *mean, double *dev, double *var)
{
	double n = (double)w->n, m, v;

	if (w->n == 0) {
		*mean = 0;
		*dev = x;
		*var = 0;
		return;
	}
	m = w->s1 / n; /* mean - shift */
	*mean = w->shift + m;
	/* x - shift is exact for x near the data; the mean's rounding near a
	 * large shift (ulp 1.2e-7 at 1e9) does not enter. */
	*dev = (x - w->shift) - m;
	v = w->n < 2 ? 0 : (w->s2 - w->s1 * w->s1 / n) / (n - 1);
	*var = v > 0 ? v : 0;
}

double
win_quantile(const win *w, double q)
{
	double h = (double)(w->n - 1) * q, lo_v;
	size_t lo = (size_t)floor(h);

	lo_v = select_nth(w, lo);
	if (lo + 1 >= w->n || h == (double)lo)
		return lo_v;
	return lo_v + (h - (double)lo) * (select_nth(w, lo + 1) - lo_v);
}

/*
 * The k points nearest to c are a run x(s)..x(s+k-1) of the sorted window,
 * found by bisecting on s (compare the run's two outer ends: a run whose left
 * end is farther from c than the point after its right end must move right).
 * The k-th smallest |x - c| is the farther end of that run, and the next one
 * is the nearer of the run's two neighbours.  O(log n) probes of two selects
 * each: O(log^2 n), with no copy of the window.
 */
double
win_mad(const win *w, double centre)
{
	size_t n = w->n, k = (n - 1) / 2 + 1, lo = 0, hi = n - k, s;
	double d, next;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (centre - select_nth(w, mid) > select_nth(w, mid + k) - centre)
			lo = mid + 1;
		else
			hi = mid;
	}
	s = lo;
	d = fmax(fabs(select_nth(w, s) - centre), fabs(select_nth(w, s + k - 1) - centre));
	if (n % 2 == 1)
		return d;
	/* even n: the median of the deviations is the mean of the k-th and the
	 * (k+1)-th smallest */
	next = INFINITY;
	if (s > 0)
		next = fabs(select_nth(w, s - 1) - centre);
	if (s + k < n)
		next = fmin(next, fabs(select_nth(w, s + k) - centre));
	return 0.5 * (d + next);
}

int
win_save(const win *w, blob *b)
{
	size_t i;
	double t, x;

	if (blob_put_u64(b, w->max) < 0 || blob_put_u32(b, w->flags) < 0 ||
	    blob_put_u64(b, w->n) < 0 || blob_put_f64(b, w->shift) < 0 ||
	    blob_put_f64(b, w->s1) < 0 || blob_put_f64(b, w->s2) < 0 || blob_put_u64(b, w->pops) < 0)
		return -1;
	for (i = 0; i < w->n; i++) {
		win_get(w, i, &t, &x);
		if (blob_put_f64(b, t) < 0 || blob_put_f64(b, x) < 0)
			return -1;
	}
	return 0;
}

win *
win_load(blob *b)
{
	uint64_t max, n, pops, i;
	uint32_t flags;
	double shift, s1, s2, t, x;
	win *w;

	if (blob_get_u64(b, &max) < 0 || blob_get_u32(b, &flags) < 0 || blob_get_u64(b, &n) < 0 ||
	    blob_get_f64(b, &shift) < 0 || blob_get_f64(b, &s1) < 0 || blob_get_f64(b, &s2) < 0 ||
	    blob_get_u64(b, &pops) < 0)
		return NULL;
	if (max < 1 || max > MAX_POINTS || n > max || (flags & ~(unsigned)WIN_ORDER) ||
	    blob_left(b) / 16 < n)
		return NULL;
	w = win_new((size_t)max, flags);
	if (w == NULL)
		return NULL;
	for (i = 0; i < n; i++) {
		blob_get_f64(b, &t);
		blob_get_f64(b, &x);
		if (win_push(w, t, x) < 0) {
			win_free(w);
			return NULL;
		}
	}
	/* The sums as they were, not as the pushes rebuilt them: a run resumed
	 * from a state file must round exactly as the uninterrupted one. */
	w->shift = shift;
	w->s1 = s1;
	w->s2 = s2;
	w->pops = (size_t)pops;
	return w;
}

int
win_same_shape(const win *a, const win *b)
{
	return a->max == b->max && a->flags == b->flags;
}
