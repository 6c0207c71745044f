/*
 * stats.c - statistics of small arrays.
 */
#include "stats.h"

#include <math.h>
#include <stdlib.h>

void
st_mean_var(const double *x, size_t n, double *mean, double *var)
{
	double m = 0, ss = 0, c = 0;
	size_t i;

	for (i = 0; i < n; i++)
		m += x[i];
	m = n ? m / (double)n : 0;
	/* Corrected two-pass: the second sum removes the mean's rounding. */
	for (i = 0; i < n; i++) {
		double d = x[i] - m;

		ss += d * d;
		c += d;
	}
	*mean = m;
	*var = n > 1 ? (ss - c * c / (double)n) / (double)(n - 1) : 0;
	if (*var < 0)
		*var = 0;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

void
st_sort(double *x, size_t n)
{
	size_t i, j;

	if (n > 32) {
		qsort(x, n, sizeof *x, cmp_double);
		return;
	}
	for (i = 1; i < n; i++) {
		double v = x[i];

		for (j = i; j > 0 && x[j - 1] > v; j--)
			x[j] = x[j - 1];
		x[j] = v;
	}
}

double
st_quantile_sorted(const double *x, size_t n, double q)
{
	double h = (double)(n - 1) * q;
	size_t lo = (size_t)floor(h);

	if (lo + 1 >= n)
		return x[n - 1];
	return x[lo] + (h - (double)lo) * (x[lo + 1] - x[lo]);
}

double
st_mad_sorted(const double *x, size_t n, double centre, double *tmp)
{
	size_t i;

	for (i = 0; i < n; i++)
		tmp[i] = fabs(x[i] - centre);
	st_sort(tmp, n);
	return st_quantile_sorted(tmp, n, 0.5);
}
