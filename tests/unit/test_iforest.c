/* test_iforest.c - c(n), sampling, planted anomalies, determinism, explain,
 * the model file's round trip and its refusals. */
#include "blob.h"
#include "check.h"
#include "iforest.h"
#include "rng.h"
#include "spool.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char path[64];

/* 400 points of a 3-feature cluster, N(0, 1) each, then one planted at
 * row 200 with feature 1 at +9 (the others usual). */
#define NROWS 401
static double data[NROWS][3];

static void
make_data(void)
{
	rng r;
	int i, j, has = 0;
	double spare = 0;

	rng_seed(&r, 77);
	for (i = 0; i < NROWS; i++)
		for (j = 0; j < 3; j++)
			data[i][j] = rng_normal(&r, &has, &spare);
	data[200][1] = 9;
}

static iforest *
fit(uint64_t seed, int extended, size_t psi)
{
	const char *names[3] = {"cpu", "latency_ms", "mem"};
	iforest_opts o = {.trees = 100, .psi = psi, .nfeat = 3, .extended = extended, .seed = seed};
	iforest *f = iforest_new(&o, names);
	int i;

	for (i = 0; i < NROWS; i++)
		iforest_add(f, data[i]);
	if (iforest_fit(f) < 0) {
		iforest_free(f);
		return NULL;
	}
	return f;
}

static void
test_c(void)
{
	/* By hand: c(n) = 2 (ln(n - 1) + 0.5772156649015329) - 2 (n - 1) / n;
	 * ln 255 = 5.541263545158426, ln 2 = 0.6931471805599453. */
	CHECK("c(0) = 0", iforest_c(0) == 0);
	CHECK("c(1) = 0", iforest_c(1) == 0);
	CHECK("c(2) = 1", iforest_c(2) == 1);
	CHECK_NEAR("c(3)", iforest_c(3), 2 * (0.6931471805599453 + 0.5772156649015329) - 4.0 / 3,
		   1e-14);
	CHECK_NEAR("c(256) = 10.2448", iforest_c(256), 10.244770920119918, 1e-14);
	/* The hand-made logarithm against libm's over a wide range. */
	{
		double n, worst = 0;

		for (n = 3; n < 1e9; n *= 1.37) {
			double want = 2 * (log(n - 1) + 0.5772156649015329) - 2 * (n - 1) / n;
			double e = fabs(iforest_c(n) - want) / want;

			if (e > worst)
				worst = e;
		}
		CHECK("c(n) within 1e-14 of libm's over 3..1e9", worst < 1e-14);
	}
}

/* Each reservoir is a uniform sample without replacement: over many trees
 * every row is held about trees x psi / N times, early and late rows alike. */
static void
test_reservoir(void)
{
	enum { N = 1000, PSI = 10, TREES = 3000 };
	iforest_opts o = {.trees = TREES, .psi = PSI, .nfeat = 1, .seed = 5};
	const char *name = "x";
	iforest *f = iforest_new(&o, &name);
	static unsigned hits[N];
	unsigned dec[10] = {0}, first = 0, last = 0;
	size_t t, i, k, n;
	int dup = 0, okrange = 1;
	double x;

	for (i = 0; i < N; i++) {
		x = (double)i;
		iforest_add(f, &x);
	}
	for (t = 0; t < TREES; t++) {
		const double *s = iforest_sample(f, t, &n);

		for (i = 0; i < n; i++) {
			hits[(size_t)s[i]]++;
			for (k = 0; k < i; k++)
				dup |= s[k] == s[i];
		}
	}
	for (i = 0; i < N; i++) {
		dec[i / 100] += hits[i];
		if (i < 50)
			first += hits[i];
		if (i >= N - 50)
			last += hits[i];
	}
	CHECK("reservoir: no row twice in a tree", !dup);
	/* Each decile expects 3000 draws, sd about sqrt(3000 * 0.9) = 52. */
	for (i = 0; i < 10; i++)
		okrange &= dec[i] > 3000 - 260 && dec[i] < 3000 + 260;
	CHECK("reservoir: deciles within 5 sd of uniform", okrange);
	/* 50 rows expect 1500 draws, sd about 38. */
	CHECK("reservoir: first 50 rows as likely as any", first > 1500 - 190 && first < 1500 + 190);
	CHECK("reservoir: last 50 rows as likely as any", last > 1500 - 190 && last < 1500 + 190);
	iforest_free(f);
}

static void
test_small(void)
{
	const char *name = "x";
	iforest_opts o = {.trees = 10, .psi = 256, .nfeat = 1, .seed = 1};
	iforest *f = iforest_new(&o, &name);
	double x = 1, y = 2;

	iforest_add(f, &x);
	CHECK("one row: no model", iforest_fit(f) < 0);
	iforest_add(f, &y);
	CHECK("two rows fit", iforest_fit(f) == 0);
	CHECK("psi is the rows there were", iforest_psi(f) == 2);
	/* psi = 2: depth limit 1, both leaves hold 1 point: h = 1 = c(2) in
	 * every tree, so every score is 2^-1. */
	CHECK("psi 2: score 0.5", iforest_score(f, &x) == 0.5);
	x = 1e6;
	CHECK("psi 2: far point 0.5 too", iforest_score(f, &x) == 0.5);
	CHECK("add after fit refused", iforest_add(f, &x) < 0);
	iforest_free(f);
	CHECK("free(NULL)", (iforest_free(NULL), 1));
}

static void
test_planted(int extended)
{
	iforest *f = fit(3, extended, 256), *g = fit(3, extended, 256), *h = fit(4, extended, 256);
	double share[3], top = 0, s, s2;
	int i, best = -1, same = 1, differ = 0, inrange = 1, agree = 1;
	const char *mode = extended ? "extended" : "standard";
	char name[80];

	for (i = 0; i < NROWS; i++) {
		s = iforest_score(f, data[i]);
		s2 = iforest_explain(f, data[i], share);
		inrange &= s > 0 && s <= 1;
		agree &= s == s2;
		same &= s == iforest_score(g, data[i]);
		differ |= s != iforest_score(h, data[i]);
		if (s > top) {
			top = s;
			best = i;
		}
	}
	snprintf(name, sizeof name, "%s: scores in (0, 1]", mode);
	CHECK(name, inrange);
	snprintf(name, sizeof name, "%s: explain scores as score does", mode);
	CHECK(name, agree);
	snprintf(name, sizeof name, "%s: planted row scores highest", mode);
	CHECK(name, best == 200);
	snprintf(name, sizeof name, "%s: planted score well above 0.5", mode);
	CHECK(name, top > 0.65);
	snprintf(name, sizeof name, "%s: same seed, same scores", mode);
	CHECK(name, same);
	snprintf(name, sizeof name, "%s: another seed, other scores", mode);
	CHECK(name, differ);
	iforest_explain(f, data[200], share);
	snprintf(name, sizeof name, "%s: explain names the planted feature first", mode);
	CHECK(name, share[1] > share[0] && share[1] > share[2] && share[1] > 0.5);
	snprintf(name, sizeof name, "%s: shares sum to 1", mode);
	CHECK_NEAR(name, share[0] + share[1] + share[2], 1, 1e-12);
	iforest_free(f);
	iforest_free(g);
	iforest_free(h);
}

static void
test_file(int extended)
{
	iforest *f = fit(9, extended, 64), *g = NULL;
	uint32_t v;
	double c, t;
	int i, same = 1;

	iforest_set_threshold(f, 0.05, 0.61);
	CHECK("save", iforest_save(f, path) == BLOB_OK);
	CHECK("load", iforest_load(path, &g, &v) == BLOB_OK && g != NULL);
	if (g == NULL) {
		iforest_free(f);
		return;
	}
	for (i = 0; i < NROWS; i++) {
		double a[3], b[3];

		same &= iforest_score(f, data[i]) == iforest_score(g, data[i]);
		same &= iforest_explain(f, data[i], a) == iforest_explain(g, data[i], b);
		same &= a[0] == b[0] && a[1] == b[1] && a[2] == b[2];
	}
	CHECK(extended ? "round trip (extended): same scores and shares"
		       : "round trip: same scores and shares", same);
	CHECK("round trip: names", strcmp(iforest_name(g, 1), "latency_ms") == 0 &&
					   iforest_nfeat(g) == 3);
	CHECK("round trip: threshold", iforest_threshold(g, &c, &t) == 1 && c == 0.05 && t == 0.61);
	CHECK("round trip: psi", iforest_psi(g) == 64);
	iforest_free(f);
	iforest_free(g);
}

/* Rewrite byte off of the file (or cut it at off when cut). */
static void
damage(long off, int cut)
{
	FILE *fp;
	int c;

	if (cut) {
		CHECK("truncate", truncate(path, off) == 0);
		return;
	}
	fp = fopen(path, "r+b");
	fseek(fp, off, SEEK_SET);
	c = fgetc(fp);
	fseek(fp, off, SEEK_SET);
	fputc(c ^ 0x5a, fp);
	fclose(fp);
}

static void
test_refusals(void)
{
	iforest *f = fit(1, 0, 32), *g;
	uint32_t v;
	blob *b;
	int rc;

	iforest_save(f, path);
	damage(60, 0);
	rc = iforest_load(path, &g, &v);
	CHECK("corrupt payload refused", (rc == BLOB_ECRC || rc == BLOB_EZLIB) && g == NULL);
	iforest_save(f, path);
	damage(50, 1);
	CHECK("truncated refused", iforest_load(path, &g, &v) == BLOB_ETRUNC && g == NULL);

	/* Another version of the format, and a file of another kind. */
	b = blob_new();
	blob_put_u32(b, 1);
	blob_save(b, path, IFOREST_KIND, IFOREST_VERSION + 1);
	CHECK("other version refused",
	      iforest_load(path, &g, &v) == BLOB_EVERSION && v == IFOREST_VERSION + 1);
	blob_save(b, path, "ae", 1);
	CHECK("other kind refused", iforest_load(path, &g, &v) == BLOB_EKIND);
	blob_free(b);

	/* Well formed, checksummed, but a split on feature 5 of 1. */
	b = blob_new();
	blob_put_u32(b, 1);
	blob_put_str(b, "x", 1);
	blob_put_u32(b, 1);     /* trees */
	blob_put_u32(b, 2);     /* psi */
	blob_put_u32(b, 2);     /* psi used */
	blob_put_u32(b, 0);     /* standard */
	blob_put_u64(b, 0);     /* seed */
	blob_put_u64(b, 2);     /* rows */
	blob_put_u32(b, 0);     /* no threshold */
	blob_put_f64(b, 0);
	blob_put_f64(b, 0);
	blob_put_u32(b, 3);     /* nodes */
	blob_put_u32(b, 5);     /* feature 5: there is no such */
	blob_put_u32(b, 1);
	blob_put_u32(b, 2);
	blob_put_f64(b, 0.5);
	blob_put_u32(b, 0xffffffffu);
	blob_put_u32(b, 0);
	blob_put_u32(b, 1);
	blob_put_f64(b, 1);
	blob_put_u32(b, 0xffffffffu);
	blob_put_u32(b, 0);
	blob_put_u32(b, 1);
	blob_put_f64(b, 1);
	blob_put_u32(b, 0);
	blob_save(b, path, IFOREST_KIND, IFOREST_VERSION);
	CHECK("inconsistent model refused", iforest_load(path, &g, &v) == IFOREST_EMODEL);
	blob_free(b);
	CHECK("missing file", iforest_load("/nonexistent/m", &g, &v) == BLOB_EOPEN);
	iforest_free(f);
}

static spool *
spool_of(const double *v, size_t n)
{
	int err;
	spool *s = spool_new(NULL, &err);
	size_t i;

	for (i = 0; i < n; i++)
		spool_put(s, &v[i], sizeof v[i]);
	return s;
}

/* The spool that holds the rows between the fit and the scoring, and the
 * exact quantile over it (numpy.percentile's linear rule, by hand). */
static void
test_spool(void)
{
	static const double a[] = {-1, 2.5, -3, 0, -1};
	static char big[70000];
	double v[10], q;
	spool *s;
	const void *p;
	size_t i, n;
	int err, ok = 1;
	rng r;

	s = spool_of(a, 5);
	CHECK("spool: median of -3 -1 -1 0 2.5", spool_quantile(s, 0.5, &q) == 1 && q == -1);
	CHECK("spool: q 0.3 at pos 1.2, between -1 and -1", spool_quantile(s, 0.3, &q) == 1 && q == -1);
	CHECK_NEAR("spool: q 0.8 at pos 3.2 = 0 + 0.2 x 2.5", (spool_quantile(s, 0.8, &q), q), 0.5,
		   1e-15);
	CHECK("spool: q 0 is the minimum", spool_quantile(s, 0, &q) == 1 && q == -3);
	CHECK("spool: q 1 is the maximum", spool_quantile(s, 1, &q) == 1 && q == 2.5);
	spool_free(s);

	for (i = 0; i < 10; i++)
		v[i] = (double)((i * 7) % 10 + 1); /* 1..10, shuffled */
	s = spool_of(v, 10);
	CHECK_NEAR("spool: q 0.9 of 1..10 = 9.1", (spool_quantile(s, 0.9, &q), q), 9.1, 1e-15);
	spool_free(s);

	/* 100000 values k/1000, shuffled: q 0.99 at pos 98999.01. */
	{
		static double w[100000];

		for (i = 0; i < 100000; i++)
			w[i] = (double)i / 1000;
		rng_seed(&r, 3);
		for (i = 99999; i > 0; i--) {
			size_t j = (size_t)rng_below(&r, i + 1);
			double t = w[i];

			w[i] = w[j];
			w[j] = t;
		}
		s = spool_of(w, 100000);
		CHECK_NEAR("spool: q 0.99 of 100000 values", (spool_quantile(s, 0.99, &q), q),
			   98.999 + 0.01 * 0.001, 1e-12);
		spool_free(s);
	}
	s = spool_new(NULL, &err);
	CHECK("spool: empty has no quantile", spool_quantile(s, 0.5, &q) == 0);
	spool_free(s);

	/* Records come back in order, a large one (past the buffer) intact. */
	s = spool_new(NULL, &err);
	for (i = 0; i < sizeof big; i++)
		big[i] = (char)(i * 31);
	spool_put(s, "ab", 2);
	spool_put(s, big, sizeof big);
	spool_put(s, "", 0);
	spool_put(s, "z", 1);
	CHECK("spool: count", spool_count(s) == 4);
	ok &= spool_rewind(s) == 0;
	ok &= spool_get(s, &p, &n) == 1 && n == 2 && memcmp(p, "ab", 2) == 0;
	ok &= spool_get(s, &p, &n) == 1 && n == sizeof big && memcmp(p, big, n) == 0;
	ok &= spool_get(s, &p, &n) == 1 && n == 0;
	ok &= spool_get(s, &p, &n) == 1 && n == 1 && *(const char *)p == 'z';
	ok &= spool_get(s, &p, &n) == 0;
	CHECK("spool: records back in order", ok);
	CHECK("spool: no put after rewind", spool_put(s, "x", 1) < 0);
	spool_free(s);
	CHECK("spool: unwritable dir", spool_new("/nonexistent", &err) == NULL && err == ENOENT);
	spool_free(NULL);
}

int
main(void)
{
	snprintf(path, sizeof path, "/tmp/adk_test_iforest.%ld", (long)getpid());
	make_data();
	test_c();
	test_reservoir();
	test_small();
	test_planted(0);
	test_planted(1);
	test_file(0);
	test_file(1);
	test_refusals();
	test_spool();
	unlink(path);
	return check_status();
}
