/* test_win.c - the rolling window against brute force: quantiles and MAD by
 * sorting a copy, moments by an exact two-pass sum. */
#include "check.h"
#include "rng.h"
#include "win.h"

#include <stdlib.h>
#include <string.h>

/* The mean and the variance alone, from win_moments. */
static double
win_mean(const win *w)
{
	double m, d, v;

	win_moments(w, 0, &m, &d, &v);
	return m;
}

static double
win_var(const win *w)
{
	double m, d, v;

	win_moments(w, 0, &m, &d, &v);
	return v;
}

static int
cmp(const void *p, const void *q)
{
	double u = *(const double *)p, w = *(const double *)q;

	return u < w ? -1 : u > w;
}

/* Type-7 quantile of sorted s (numpy's default, linear). */
static double
quant(const double *s, size_t n, double q)
{
	double h = (double)(n - 1) * q;
	size_t lo = (size_t)h;

	if (lo + 1 >= n)
		return s[n - 1];
	return s[lo] + (h - (double)lo) * (s[lo + 1] - s[lo]);
}

/* Compare the window's order statistics with a sorted copy of ref[0..n). */
static int
order_ok(const win *w, const double *ref, size_t n, rng *r, int verbose)
{
	static double s[4096], d[4096];
	double qs[] = {0, 0.25, 0.5, 0.75, 1, 0.1, 0.9, 0};
	double c, mad, got;
	size_t i;

	memcpy(s, ref, n * sizeof *s);
	qsort(s, n, sizeof *s, cmp);
	qs[7] = rng_uniform(r);
	for (i = 0; i < sizeof qs / sizeof qs[0]; i++) {
		double want = quant(s, n, qs[i]);

		got = win_quantile(w, qs[i]);
		if (fabs(got - want) > 1e-12 * fmax(1, fabs(want))) {
			if (verbose)
				printf("# n=%zu q=%g: got %.17g want %.17g\n", n, qs[i], got, want);
			return 0;
		}
	}
	/* MAD about the median, and about another centre (a value or not) */
	for (i = 0; i < 3; i++) {
		size_t k;

		c = i == 0 ? quant(s, n, 0.5) : i == 1 ? ref[rng_below(r, n)] : rng_uniform(r) * 20 - 5;
		for (k = 0; k < n; k++)
			d[k] = fabs(ref[k] - c);
		qsort(d, n, sizeof *d, cmp);
		mad = n % 2 ? d[n / 2] : 0.5 * (d[n / 2 - 1] + d[n / 2]);
		got = win_mad(w, c);
		if (fabs(got - mad) > 1e-12 * fmax(1, mad)) {
			if (verbose)
				printf("# n=%zu MAD about %.17g: got %.17g want %.17g\n", n, c, got, mad);
			return 0;
		}
	}
	return 1;
}

/* Rolling windows of random sizes over values with many ties. */
static void
test_order_random(void)
{
	rng r;
	static double ref[4096];
	int trial, ok = 1, checks = 0;

	rng_seed(&r, 4);
	for (trial = 0; trial < 60 && ok; trial++) {
		size_t max = 1 + rng_below(&r, trial < 30 ? 12 : 300), n = 0, i;
		int levels = 1 + (int)rng_below(&r, 8), steps = 3000;
		win *w = win_new(max, WIN_ORDER);

		for (i = 0; i < (size_t)steps && ok; i++) {
			double x;

			switch (trial % 3) {
			case 0: /* few distinct values: ties everywhere */
				x = (double)rng_below(&r, (uint64_t)levels);
				break;
			case 1: /* continuous */
				x = rng_uniform(&r) * 10;
				break;
			default: /* trending with repeats */
				x = (double)(i / 3) + (double)rng_below(&r, 2);
				break;
			}
			ok &= win_push(w, (double)i, x) == 0;
			if (n == max) {
				memmove(ref, ref + 1, (n - 1) * sizeof *ref);
				n--;
			}
			ref[n++] = x;
			ok &= win_count(w) == n;
			if (i % 7 == 0 || n < 4) {
				ok &= order_ok(w, ref, n, &r, 1);
				checks++;
			}
		}
		win_free(w);
	}
	CHECK("quantiles and MAD = sorted copy, random windows with ties", ok && checks > 10000);
}

/* A window far larger than its first allocation, popped from the front
 * (time windows): growth rebuilds the index; win_get keeps time order. */
static void
test_grow_pop(void)
{
	rng r;
	static double ref[4096];
	win *w = win_new((size_t)1 << 20, WIN_ORDER);
	size_t n = 0, head = 0, i;
	int ok = 1;
	double t, x;

	rng_seed(&r, 5);
	for (i = 0; i < 3000; i++) {
		x = (double)rng_below(&r, 50) / 4;
		win_push(w, (double)i, x);
		ref[n++] = x;
		if (i % 3 == 2) {
			win_pop(w);
			head++;
		}
		if (i % 97 == 0)
			ok &= order_ok(w, ref + head, n - head, &r, 1);
	}
	ok &= win_count(w) == n - head;
	for (i = 0; i < n - head; i += 13) {
		win_get(w, i, &t, &x);
		ok &= t == (double)(i + head) && x == ref[i + head];
	}
	CHECK("growth and pops keep order statistics and time order", ok);
	while (win_count(w) > 0)
		win_pop(w);
	win_pop(w); /* no-op when empty */
	CHECK("popped empty", win_count(w) == 0);
	win_push(w, 0, 3);
	win_push(w, 1, 1);
	CHECK("usable after emptying", win_quantile(w, 0.5) == 2 && win_mean(w) == 2 &&
					       win_var(w) == 2);
	win_clear(w);
	win_push(w, 0, 10);
	CHECK("clear", win_count(w) == 1 && win_mean(w) == 10 && win_var(w) == 0 &&
			       win_quantile(w, 0.5) == 10 && win_mad(w, 10) == 0);
	win_free(w);
	win_free(NULL);
}

/*
 * Moments against an exact reference.  Values are K + j / 1024 with small
 * integers j, so every x - K is exact, and the sums of the j (and of j^2)
 * are exact integers: the reference mean and variance are computed from
 * them with a single rounding each.
 */
static void
test_moments(void)
{
	rng r;
	static long long jr[4096];
	const double K = 1e9;
	int ok_var = 1, ok_mean = 1, checks = 0;
	size_t W = 200, n = 0, i;
	win *w = win_new(W, 0);
	double worst = 0;

	rng_seed(&r, 6);
	for (i = 0; i < 100000; i++) {
		long long j = (long long)rng_below(&r, 201) - 100, s1 = 0, s2 = 0;
		size_t k;

		if (i > 50000) /* a level shift: the running sums must follow it */
			j += 1000000;
		win_push(w, (double)i, K + (double)j / 1024);
		if (n == W) {
			memmove(jr, jr + 1, (n - 1) * sizeof *jr);
			n--;
		}
		jr[n++] = j;
		if (n < 2 || (i % 499 != 0 && i < 99990))
			continue;
		for (k = 0; k < n; k++) {
			s1 += jr[k];
			s2 += jr[k] * jr[k];
		}
		{
			/* var = (n s2 - s1^2) / (n (n-1)) / 2^20, exact integers */
			long double num = (long double)n * (long double)s2 - (long double)s1 * (long double)s1;
			double want_var = (double)(num / ((long double)n * (long double)(n - 1)) / 1048576.0L);
			double want_mean = (double)((long double)K + (long double)s1 / (long double)n / 1024.0L);
			double rel = fabs(win_var(w) - want_var) / want_var;

			if (rel > worst)
				worst = rel;
			ok_var &= rel <= 1e-12;
			ok_mean &= fabs(win_mean(w) - want_mean) <= 2.4e-7; /* 2 ulp at 1e9 */
			checks++;
		}
	}
	if (!ok_var)
		printf("# worst relative variance error %.3g\n", worst);
	CHECK("1e9 + noise: variance exact after 1e5 updates", ok_var && checks > 100);
	CHECK("1e9 + noise: mean within 2 ulp", ok_mean);
	win_free(w);

	w = win_new(5, 0);
	CHECK("empty window: var 0", win_var(w) == 0);
	win_push(w, 0, 4);
	CHECK("one point: var 0, mean x", win_var(w) == 0 && win_mean(w) == 4);
	win_push(w, 0, 4);
	win_push(w, 0, 4);
	CHECK("flat: var exactly 0", win_var(w) == 0);
	win_free(w);
}

int
main(void)
{
	test_order_random();
	test_grow_pop();
	test_moments();
	return check_status();
}
