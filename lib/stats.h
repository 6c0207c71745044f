/*
 * stats.h - statistics of small arrays (seasonal baselines, references).
 */
#ifndef ADK_STATS_H
#define ADK_STATS_H

#include <stddef.h>

/* Mean and sample variance (n - 1), two-pass; var is 0 when n < 2. */
void st_mean_var(const double *x, size_t n, double *mean, double *var);
/* Sort x ascending in place. */
void st_sort(double *x, size_t n);
/* Type-7 quantile of sorted x (n > 0). */
double st_quantile_sorted(const double *x, size_t n, double q);
/* Median of |x - centre| of sorted x (n > 0); tmp holds n doubles. */
double st_mad_sorted(const double *x, size_t n, double centre, double *tmp);

#endif
