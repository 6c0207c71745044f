/* test_stats.c - small-array statistics against hand values and brute force. */
#include "check.h"
#include "rng.h"
#include "stats.h"

#include <stdlib.h>

static int
cmp(const void *p, const void *q)
{
	double u = *(const double *)p, w = *(const double *)q;

	return u < w ? -1 : u > w;
}

int
main(void)
{
	double x[] = {4, 1, 3, 2}, m, v, tmp[64], a[64], b[64];
	double one[] = {7}, big[5];
	rng r;
	int i, j, ok = 1;
	size_t n;

	st_mean_var(x, 4, &m, &v);
	CHECK("mean", m == 2.5);
	CHECK_NEAR("sample variance", v, 5.0 / 3, 1e-15);
	st_mean_var(one, 1, &m, &v);
	CHECK("one point: var 0", m == 7 && v == 0);
	st_mean_var(x, 0, &m, &v);
	CHECK("no points: 0, 0", m == 0 && v == 0);
	/* 1e9 + small noise: variance of {-2,-1,0,1,2} * 2^-10 is 2.5 * 2^-20. */
	for (i = 0; i < 5; i++)
		big[i] = 1e9 + (i - 2) / 1024.0;
	st_mean_var(big, 5, &m, &v);
	CHECK("1e9 + noise: mean exact", m == 1e9);
	CHECK_NEAR("1e9 + noise: variance", v / (2.5 / 1048576), 1, 1e-12);

	st_sort(x, 4);
	CHECK("sort", x[0] == 1 && x[1] == 2 && x[2] == 3 && x[3] == 4);
	CHECK("median of 4 (type 7)", st_quantile_sorted(x, 4, 0.5) == 2.5);
	CHECK("q1 of 1..4", st_quantile_sorted(x, 4, 0.25) == 1.75);
	CHECK("q3 of 1..4", st_quantile_sorted(x, 4, 0.75) == 3.25);
	CHECK("q0, q1", st_quantile_sorted(x, 4, 0) == 1 && st_quantile_sorted(x, 4, 1) == 4);
	CHECK("quantile of one", st_quantile_sorted(one, 1, 0.3) == 7);
	CHECK("MAD of 1..4 about 2.5", st_mad_sorted(x, 4, 2.5, tmp) == 1);

	/* Random arrays (both sort paths: n <= 32 and n > 32), with ties:
	 * sorted, quantiles by rank counting, MAD by its definition. */
	rng_seed(&r, 3);
	for (i = 0; i < 2000 && ok; i++) {
		size_t k, lt, le;

		n = 1 + rng_below(&r, 64);
		for (k = 0; k < n; k++)
			a[k] = b[k] = (double)rng_below(&r, 12) + (rng_below(&r, 2) ? 0.5 : 0);
		st_sort(a, n);
		for (k = 1; k < n; k++)
			ok &= a[k - 1] <= a[k];
		/* a[k] is the k-th order statistic of b: #b < a[k] <= k < #b <= a[k] */
		for (k = 0; k < n; k++) {
			lt = le = 0;
			for (j = 0; j < (int)n; j++) {
				lt += b[j] < a[k];
				le += b[j] <= a[k];
			}
			ok &= lt <= k && k < le;
		}
		{
			double q = rng_uniform(&r), h = (double)(n - 1) * q;
			size_t lo = (size_t)h;
			double want = lo + 1 < n ? a[lo] + (h - (double)lo) * (a[lo + 1] - a[lo]) : a[n - 1];

			ok &= st_quantile_sorted(a, n, q) == want;
		}
		{
			double c = st_quantile_sorted(a, n, 0.5), d[64], mad;

			for (k = 0; k < n; k++)
				d[k] = fabs(b[k] - c);
			qsort(d, n, sizeof *d, cmp);
			mad = n % 2 ? d[n / 2] : 0.5 * (d[n / 2 - 1] + d[n / 2]);
			ok &= st_mad_sorted(a, n, c, tmp) == mad;
		}
	}
	CHECK("random arrays with ties: sort, quantile, MAD", ok);
	return check_status();
}
