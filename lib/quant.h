/*
 * quant.h - a streaming quantile estimate in constant memory: the P-squared
 * algorithm (R. Jain and I. Chlamtac, "The P2 algorithm for dynamic
 * calculation of quantiles and histograms without storing observations",
 * CACM 28(10), 1985).
 *
 * Five markers track the minimum, the q/2-, q- and (1+q)/2-quantiles and the
 * maximum.  Each point moves the marker positions by one; a marker whose
 * position drifts a unit from its desired position n_i' (after n points
 * n_i' = 1 + (n - 1) f_i, f = 0, q/2, q, (1+q)/2, 1) is moved one step and
 * its height adjusted by the piecewise-parabolic (P2) formula
 *   q_i += d / (n_{i+1} - n_{i-1}) * ((n_i - n_{i-1} + d) (q_{i+1} - q_i) / (n_{i+1} - n_i)
 *                                   + (n_{i+1} - n_i - d) (q_i - q_{i-1}) / (n_i - n_{i-1}))
 * or linearly when that would leave the marker out of order.
 * Up to five points the value is exact (type 7, as numpy's default).
 *
 * Ownership: quant_new() returns a state the caller frees with quant_free()
 * (NULL is a no-op).  Nothing here prints or exits.
 */
#ifndef ADK_QUANT_H
#define ADK_QUANT_H

#include <stddef.h>

typedef struct quant quant;

/* An estimator of the q-quantile, 0 <= q <= 1; NULL if out of memory or q
 * is out of range. */
quant *quant_new(double q);
void quant_free(quant *e);
/* Add a point (finite). */
void quant_add(quant *e, double x);
/* Points added so far. */
size_t quant_count(const quant *e);
/* The estimate; NaN before the first point. */
double quant_get(const quant *e);

#endif
