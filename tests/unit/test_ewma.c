/*
 * test_ewma.c - the kernels against hand-computed cases (numbers chosen so
 * that every step is an exact binary fraction), and save/load round trips
 * that must continue bit for bit.
 */
#include "check.h"
#include "ewma.h"

#include <stdlib.h>

/* alpha 0.5 on 1, 2, 3, 10:
 *   m: 1 -> 1.5 -> 2.25 -> 6.125
 *   v: 0 -> (0.5)(0 + 0.5 * 1) = 0.25 -> (0.5)(0.25 + 0.5 * 2.25) = 0.6875
 *      -> (0.5)(0.6875 + 0.5 * 60.0625) = 15.359375 */
static void
test_cc(void)
{
	ewma_cc *c = ewma_cc_new();
	double m = -1, sd = -1;

	CHECK("cc first point has no baseline", ewma_cc_update(c, 1, 0.5, &m, &sd) == 0);
	CHECK("cc first level", ewma_cc_level(c) == 1);
	CHECK("cc second", ewma_cc_update(c, 2, 0.5, &m, &sd) == 1 && m == 1 && sd == 0);
	CHECK("cc level 1.5", ewma_cc_level(c) == 1.5);
	CHECK("cc third: before-update level and sd", ewma_cc_update(c, 3, 0.5, &m, &sd) == 1 &&
							    m == 1.5 && sd == 0.5);
	CHECK("cc level 2.25", ewma_cc_level(c) == 2.25);
	ewma_cc_update(c, 10, 0.5, &m, &sd);
	CHECK_NEAR("cc sd before the spike", sd, sqrt(0.6875), 1e-15);
	CHECK("cc level 6.125", ewma_cc_level(c) == 6.125);
	ewma_cc_update(c, 6.125, 0.5, &m, &sd);
	CHECK_NEAR("cc variance 15.359375", sd * sd, 15.359375, 1e-15);
	ewma_cc_free(c);
	ewma_cc_free(NULL);
}

/* k 0.5, h 3, min_n 2, weight 0.5: the baseline of 1, 3 (weights 1, 1/2:
 * a plain mean and population variance) is m 2, v 1; then z = x - 2 at
 * first, and the baseline moves as in test_cc. */
static void
test_cusum(void)
{
	ewma_cusum *c = ewma_cusum_new(0.5, 3, 2);
	double out = -99;
	int alarm = -1;

	CHECK("cusum warm-up 1", ewma_cusum_update(c, 1, 0.5, &out, &alarm) == 0);
	CHECK("cusum warm-up 2", ewma_cusum_update(c, 3, 0.5, &out, &alarm) == 0);
	/* m 2, v 1: z = 2, S+ = 1.5; then d = 2: m 3, v 0.5 (1 + 0.5 * 4) = 1.5 */
	CHECK("cusum S+ = z - k", ewma_cusum_update(c, 4, 0.5, &out, &alarm) == 1 &&
					 out == 1.5 && !alarm);
	/* z = (3 - 3) / sqrt(1.5) = 0: S+ = 1; m 3, v 0.75 */
	CHECK("cusum S+ shrinks by k", ewma_cusum_update(c, 3, 0.5, &out, &alarm) == 1 &&
					      out == 1 && !alarm);
	/* z = (3 - 3 - 3 sqrt(0.75)) / sqrt(0.75) = -3: S+ = 0, S- = 2.5 */
	ewma_cusum_update(c, 3 - 3 * sqrt(0.75), 0.5, &out, &alarm);
	CHECK_NEAR("cusum S- reported negative", out, -2.5, 1e-12);
	CHECK("cusum no alarm below h", !alarm);
	ewma_cusum_free(c);

	/* Baseline -2, 2: m 0, sd 2.  x = 8: z 4, S+ = 3.5 > 3: reported, reset.
	 * Then (weight 1/3) m = 8/3: x = 8/3 scores z 0 and S+ stays 0 (it would
	 * be 3.5 - 0.5 = 3 without the reset). */
	c = ewma_cusum_new(0.5, 3, 2);
	ewma_cusum_update(c, -2, 0.01, &out, &alarm);
	ewma_cusum_update(c, 2, 0.01, &out, &alarm);
	CHECK("cusum alarm past h", ewma_cusum_update(c, 8, 0.01, &out, &alarm) == 1 &&
					  out == 3.5 && alarm);
	ewma_cusum_update(c, 8.0 / 3, 0.01, &out, &alarm);
	CHECK("cusum restarts at 0 after an alarm", fabs(out) < 1e-12 && !alarm);
	ewma_cusum_free(c);
	ewma_cusum_free(NULL);
}

/* Period 2, alpha beta gamma 0.5, points 1, 3, 2, 4:
 *   first period: L = 2, S = (-1, 1), T = 0, v = 0
 *   x = 2 at phase 0: F = 2 + 0 - 1 = 1; L = 0.5 (2 + 1) + 0.5 (2) = 2.5;
 *     T = 0.5 (0.5) = 0.25; S0 = 0.5 (2 - 2.5) + 0.5 (-1) = -0.75;
 *     v = 0.5 (0 + 0.5 * 1) = 0.25; value L + S0 = 1.75
 *   x = 4 at phase 1: F = 2.5 + 0.25 + 1 = 3.75, sd 0.5;
 *     L = 0.5 (4 - 1) + 0.5 (2.75) = 2.875; T = 0.5 (0.375) + 0.5 (0.25) = 0.3125;
 *     S1 = 0.5 (4 - 2.875) + 0.5 (1) = 1.0625; v = 0.5 (0.25 + 0.5 / 16) = 0.140625;
 *     value 3.9375
 *   x = 0 at phase 0, 2 steps later: F = 2.875 + 0.625 - 0.75 = 2.75, sd 0.375 */
static void
test_hw(void)
{
	ewma_hw *h = ewma_hw_new(2, 0.5, 0.5);
	double f = -1, sd = -1;

	CHECK("hw stores the first period", ewma_hw_update(h, 1, 0, 1, 0.5, &f, &sd) == 0);
	CHECK("hw level is the running mean", ewma_hw_value(h) == 1);
	CHECK("hw end of first period", ewma_hw_update(h, 3, 1, 1, 0.5, &f, &sd) == 0);
	CHECK("hw level 2 after initialisation", ewma_hw_value(h) == 2 + 1);
	CHECK("hw seasons -1, 1", ewma_hw_season(h, 0) == -1 && ewma_hw_season(h, 1) == 1);
	CHECK("hw forecast 1", ewma_hw_update(h, 2, 0, 1, 0.5, &f, &sd) == 1 && f == 1 && sd == 0);
	CHECK("hw value 1.75", ewma_hw_value(h) == 1.75);
	CHECK("hw forecast 3.75 sd 0.5",
	      ewma_hw_update(h, 4, 1, 1, 0.5, &f, &sd) == 1 && f == 3.75 && sd == 0.5);
	CHECK("hw value 3.9375", ewma_hw_value(h) == 3.9375);
	CHECK("hw base with 2 trend steps", ewma_hw_base(h, 2) == 2.875 + 0.625);
	CHECK("hw two steps later: forecast extrapolates the trend",
	      ewma_hw_update(h, 0, 0, 2, 0.75, &f, &sd) == 1 && f == 2.75 && sd == 0.375);
	ewma_hw_free(h);
	ewma_hw_free(NULL);

	/* A phase without a point in the first period starts at 0. */
	h = ewma_hw_new(3, 0, 0);
	ewma_hw_update(h, 4, 0, 1, 0.5, &f, &sd);
	ewma_hw_update(h, 8, 0, 1, 0.5, &f, &sd);
	ewma_hw_update(h, 6, 2, 1, 0.5, &f, &sd);
	CHECK("hw empty phase", ewma_hw_season(h, 1) == 0 && ewma_hw_season(h, 0) == 8 - 6 &&
				       ewma_hw_season(h, 2) == 0);
	ewma_hw_free(h);
}

static ewma_opts
opts(double alpha)
{
	ewma_opts o = {.alpha = alpha, .beta = 0.1, .gamma = 0.2, .min_periods = 1,
		       .cusum = 1, .cusum_alpha = 0.05, .cusum_k = 0.5, .cusum_h = 4};
	return o;
}

/* Time decay: 1-minute steps, then a 30-minute gap weighs the new point
 * 1 - 0.5^30 with alpha 0.5. */
static void
test_series_time(void)
{
	ewma_opts o = opts(0.5);
	ewma_series *s;
	double lv, z, cu;
	int rc;

	o.timed = 1;
	s = ewma_series_new(&o);
	rc = ewma_series_update(s, 0, 0, &lv, &z, &cu);
	CHECK("series first point: level only", rc == EWMA_LEVEL && lv == 0);
	ewma_series_update(s, 60, 0, &lv, &z, &cu);
	ewma_series_update(s, 120, 8, &lv, &z, &cu);
	CHECK("series one step: level 4", lv == 4);
	ewma_series_update(s, 1920, 4, &lv, &z, &cu);
	CHECK("series 30-step gap: 4 + (1 - 0.5^30)(4 - 4)", lv == 4);
	rc = ewma_series_update(s, 3720, 0, &lv, &z, &cu);
	CHECK_NEAR("series 30-step gap decays 30 steps", lv, 4 * pow(0.5, 30), 1e-15);
	CHECK("series gives z and cusum", rc == (EWMA_LEVEL | EWMA_Z | EWMA_CUSUM));
	rc = ewma_series_update(s, 3720, 2, &lv, &z, &cu);
	CHECK_NEAR("series repeated time: one step", lv, 0.5 * (4 * pow(0.5, 30)) + 1, 1e-15);
	ewma_series_update(s, 3750, 2, &lv, &z, &cu);
	ewma_series_free(s);
	ewma_series_free(NULL);

	/* halflife 120 s: a point 60 s on weighs 1 - 2^-0.5. */
	o = opts(0.5);
	o.timed = 1;
	o.halflife_sec = 120;
	s = ewma_series_new(&o);
	ewma_series_update(s, 0, 0, &lv, &z, &cu);
	ewma_series_update(s, 60, 1, &lv, &z, &cu);
	CHECK_NEAR("series halflife in seconds", lv, 1 - sqrt(0.5), 1e-15);
	ewma_series_free(s);
}

/* min_periods: z once the baseline holds that many points. */
static void
test_series_warmup(void)
{
	ewma_opts o = opts(0.5);
	ewma_series *s;
	double lv, z, cu;
	int i, rc[5];

	o.min_periods = 3;
	s = ewma_series_new(&o);
	for (i = 0; i < 5; i++)
		rc[i] = ewma_series_update(s, 0, i % 2, &lv, &z, &cu);
	CHECK("series min_periods 3: z from the 4th point",
	      !(rc[2] & EWMA_Z) && (rc[3] & EWMA_Z) && (rc[4] & EWMA_CUSUM));
	ewma_series_free(s);
}

/* Save after every point and go on from the loaded copy: identical results. */
static void
test_series_roundtrip(int season, int timed)
{
	ewma_opts o = opts(0.3);
	ewma_series *a, *b;
	double la, za, ca, lb, zb, cb, t = 0;
	int i, same = 1, ra, rb;
	char name[64];

	o.season = (size_t)season;
	o.timed = timed;
	a = ewma_series_new(&o);
	b = ewma_series_new(&o);
	for (i = 0; i < 200; i++) {
		double x = 10 + 5 * sin(i * 0.7) + (i % 13 == 0 ? 30 : 0) + i * 0.01;
		blob *bl;
		ewma_series *c;

		t += (i % 17 == 0) ? 300 : 15;
		if (i % 11 == 5) {
			ewma_series_skip(a);
			ewma_series_skip(b);
			continue;
		}
		bl = blob_new();
		ewma_series_save(b, bl);
		c = ewma_series_load(&o, bl);
		same &= c != NULL && blob_left(bl) == 0;
		ewma_series_free(b);
		blob_free(bl);
		b = c;
		if (b == NULL)
			break;
		ra = ewma_series_update(a, t, x, &la, &za, &ca);
		rb = ewma_series_update(b, t, x, &lb, &zb, &cb);
		same &= ra == rb && la == lb;
		if (ra & EWMA_Z)
			same &= za == zb && ca == cb;
	}
	snprintf(name, sizeof name, "series save/load continues exactly (season %d, timed %d)",
		 season, timed);
	CHECK(name, same);
	ewma_series_free(a);
	ewma_series_free(b);
}

static void
test_series_load_bad(void)
{
	ewma_opts o = opts(0.3);
	ewma_series *s = ewma_series_new(&o), *c;
	blob *b = blob_new();
	double lv, z, cu;

	ewma_series_update(s, 0, 1, &lv, &z, &cu);
	blob_put_u64(b, 1);
	CHECK("series load of a short blob fails", ewma_series_load(&o, b) == NULL);
	blob_free(b);
	b = blob_new();
	ewma_series_save(s, b);
	o.season = 4;
	c = ewma_series_load(&o, b);
	CHECK("series load with other options fails or leaves bytes",
	      c == NULL || blob_left(b) != 0);
	ewma_series_free(c);
	blob_free(b);
	ewma_series_free(s);
}

int
main(void)
{
	test_cc();
	test_cusum();
	test_hw();
	test_series_time();
	test_series_warmup();
	test_series_roundtrip(0, 0);
	test_series_roundtrip(0, 1);
	test_series_roundtrip(5, 0);
	test_series_roundtrip(5, 1);
	test_series_load_bad();
	return check_status();
}
