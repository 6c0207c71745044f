/*
 * win.h - a rolling window of (time, value) points with running moments and,
 * on request, an order-statistic index for medians and quantiles.
 *
 * Costs per point: push and pop O(1) for the moments, O(log n) expected with
 * the index (a treap keyed by value); quantile O(log n); MAD O(log^2 n).
 * The moments are sums of x - K for a shift K near the data, re-centred and
 * recomputed from the stored values every n pops, so 1e9 + small noise keeps
 * its variance to full precision and rounding drift never accumulates.
 */
#ifndef ADK_WIN_H
#define ADK_WIN_H

#include <stddef.h>

#include "blob.h"

typedef struct win win;

#define WIN_ORDER 1 /* keep the order-statistic index */

/*
 * A window of at most max points (max >= 1).  It starts small and grows
 * as needed; pushing into a full window drops the oldest point.
 */
win *win_new(size_t max, unsigned flags);
void win_free(win *w);
void win_clear(win *w);

/* Append a point (dropping the oldest when full); -1 if out of memory. */
int win_push(win *w, double t, double x);
/* Drop the oldest point; no-op when empty. */
void win_pop(win *w);

size_t win_count(const win *w);
/* i-th oldest point, 0 <= i < count. */
void win_get(const win *w, size_t i, double *t, double *x);

/*
 * The mean, x - mean and the sample variance (n - 1 denominator; 0 for
 * fewer than 2 points) in one call, the z-score's inner loop.  x - mean
 * comes from the shifted sums: exact for values such as 1e9 + small noise,
 * where x - *mean would carry the mean's rounding.
 */
void win_moments(const win *w, double x, double *mean, double *dev, double *var);
/* Quantile q in [0,1], linear between order statistics (type 7, as numpy
 * and pandas); needs WIN_ORDER and count > 0. */
double win_quantile(const win *w, double q);
/* Median of |x - centre| (unscaled); needs WIN_ORDER and count > 0. */
double win_mad(const win *w, double centre);

/*
 * Save the window (its points and its running sums, exactly) to b; load one
 * back, equal in every later result to the saved one.  win_save returns 0 or
 * -1 (out of memory); win_load returns NULL if b is malformed or memory
 * runs out.
 */
int win_save(const win *w, blob *b);
win *win_load(blob *b);
/* 1 if a and b have the same limit and flags. */
int win_same_shape(const win *a, const win *b);

#endif
