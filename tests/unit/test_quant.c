/* test_quant.c - the P-squared quantile estimate. */
#include "check.h"
#include "quant.h"
#include "rng.h"

#include <math.h>
#include <stdlib.h>

/* The worked example of Jain and Chlamtac (CACM 1985, table I): the median
 * of these 20 points; their final marker heights are
 * 0.02, 0.49, 4.44, 17.20, 38.62. */
static void
paper_example(void)
{
	static const double x[] = {0.02, 0.15, 0.74, 3.39,  0.83, 22.37, 10.15,
				   15.43, 38.62, 15.92, 34.6, 10.28, 1.47, 0.4,
				   0.05, 11.39, 0.27, 0.42, 0.09, 11.37};
	quant *e = quant_new(0.5);
	size_t i;

	for (i = 0; i < sizeof x / sizeof x[0]; i++)
		quant_add(e, x[i]);
	CHECK("paper: count", quant_count(e) == 20);
	CHECK_NEAR("paper: median estimate 4.44", quant_get(e), 4.44, 0.005 / 4.44);
	quant_free(e);
}

/* Up to five points the value is exact type-7: by hand, the 0.9-quantile of
 * {1, 2, 4} is at rank 0.9 * 2 = 1.8: 2 + 0.8 * (4 - 2) = 3.6. */
static void
small_exact(void)
{
	quant *e = quant_new(0.9);

	CHECK("empty is NaN", isnan(quant_get(e)));
	quant_add(e, 4);
	CHECK_NEAR("one point", quant_get(e), 4, 0);
	quant_add(e, 1);
	quant_add(e, 2);
	CHECK_NEAR("three points, q 0.9", quant_get(e), 3.6, 1e-12);
	quant_add(e, 3);
	quant_add(e, 5);
	/* {1..5}: rank 0.9 * 4 = 3.6: 4 + 0.6 = 4.6 */
	CHECK_NEAR("five points, q 0.9", quant_get(e), 4.6, 1e-12);
	quant_free(e);
}

/* Large samples from known distributions: the estimate is near the true
 * quantile (uniform: q itself; standard normal 0.99: 2.3263). */
static void
distributions(void)
{
	rng r;
	int has = 0;
	double spare = 0;
	quant *u = quant_new(0.9), *z = quant_new(0.99), *lo = quant_new(0.05);
	int i;

	rng_seed(&r, 42);
	for (i = 0; i < 100000; i++) {
		double x = rng_uniform(&r);

		quant_add(u, x);
		quant_add(lo, x);
		quant_add(z, rng_normal(&r, &has, &spare));
	}
	CHECK("uniform 0.9 within 0.01", fabs(quant_get(u) - 0.9) < 0.01);
	CHECK("uniform 0.05 within 0.01", fabs(quant_get(lo) - 0.05) < 0.01);
	CHECK("normal 0.99 within 0.05", fabs(quant_get(z) - 2.3263) < 0.05);
	quant_free(u);
	quant_free(z);
	quant_free(lo);
}

/* Sorted input (the worst case for the marker moves) and a constant. */
static void
monotone_and_constant(void)
{
	quant *e = quant_new(0.5), *c = quant_new(0.75);
	int i;

	for (i = 1; i <= 1001; i++) {
		quant_add(e, i);
		quant_add(c, 7);
	}
	CHECK("sorted 1..1001: median near 501", fabs(quant_get(e) - 501) < 5);
	CHECK_NEAR("constant", quant_get(c), 7, 0);
	quant_free(e);
	quant_free(c);
}

int
main(void)
{
	CHECK("q out of range refused", quant_new(1.5) == NULL && quant_new(-0.1) == NULL);
	quant_free(NULL);
	paper_example();
	small_exact();
	distributions();
	monotone_and_constant();
	return check_status();
}
