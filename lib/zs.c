/*
 * zs.c - rolling z-score.
 *
 * Three baselines:
 *  - a rolling window of the last `window` points, or of the last
 *    `window_sec` seconds (win.h: moments in O(1), order statistics in
 *    O(log n));
 *  - all history for the mean method (Welford's update, no storage);
 *  - seasonal: the same phase of each of the previous `window` periods.  The
 *    history of the last window x period is kept; the baseline is gathered
 *    from it (at most `window` points, one per period) and summarised
 *    directly, O(window log window) per point.
 */
#include "zs.h"
#include "stats.h"
#include "win.h"

#include <float.h>
#include <stdint.h>
#include <math.h>
#include <stdlib.h>

#define MAD_SCALE 1.4826 /* 1 / Phi^-1(3/4): MAD estimates sd for normal data */

struct zs {
	zs_opts o;
	win *w;             /* rolling baseline, or seasonal history */
	size_t n;           /* expanding: points seen */
	double shift;       /* expanding: the first point, subtracted from all */
	double mean, m2;    /* expanding: Welford's mean and sum of squares of x - shift */
	double *gather;     /* seasonal: the baseline's values (window of them) */
	double *tmp;
	double min_step;    /* time season: smallest positive step seen */
	double t_last;
	int have_last;
};

static int
seasonal(const zs *z)
{
	return z->o.season > 0 || z->o.season_sec > 0;
}

zs *
zs_new(const zs_opts *o)
{
	zs *z = calloc(1, sizeof *z);
	size_t max;

	if (z == NULL)
		return NULL;
	z->o = *o;
	if (seasonal(z)) {
		max = o->season_sec > 0 ? ZS_MAX_TIME_POINTS : o->season * o->window;
		z->w = win_new(max, 0);
		z->gather = malloc((o->window + 1) * sizeof *z->gather);
		z->tmp = malloc((o->window + 1) * sizeof *z->tmp);
		if (!z->w || !z->gather || !z->tmp)
			goto fail;
	} else if (o->window > 0 || o->window_sec > 0) {
		max = o->window_sec > 0 ? ZS_MAX_TIME_POINTS : o->window;
		z->w = win_new(max, o->method == ZS_MEAN ? 0 : WIN_ORDER);
		if (z->w == NULL)
			goto fail;
	}
	return z;
fail:
	zs_free(z);
	return NULL;
}

void
zs_free(zs *z)
{
	if (z == NULL)
		return;
	win_free(z->w);
	free(z->gather);
	free(z->tmp);
	free(z);
}

/*
 * dev / scale, with the scale floored so that a flat baseline stays finite.
 * A deviation within 64 ulps of the centre is rounding of the running sums,
 * not data (the inputs themselves are known to an ulp): it scores 0, so a
 * point equal to a flat baseline scores 0 however the sums were reached.
 */
static double
ratio(double dev, double scale, double centre)
{
	double a = fabs(centre), floor = ZS_FLOOR * (a > 1 ? a : 1);
	double s;

	if (fabs(dev) <= 64 * DBL_EPSILON * a)
		return 0;
	if (!(scale > floor))
		scale = floor;
	s = dev / scale;
	if (isinf(s))
		s = copysign(DBL_MAX, s);
	return s;
}

static double
fence_score(double x, double q1, double q3, double k)
{
	double iqr = q3 - q1, lo = q1 - k * iqr, hi = q3 + k * iqr;

	if (x > hi)
		return ratio(x - hi, iqr, 0.5 * (q1 + q3));
	if (x < lo)
		return ratio(x - lo, iqr, 0.5 * (q1 + q3));
	return 0;
}

static double
score_window(const zs *z, double x)
{
	const win *w = z->w;
	double c, dev, var;

	switch (z->o.method) {
	case ZS_MEDIAN:
		c = win_quantile(w, 0.5);
		return ratio(x - c, MAD_SCALE * win_mad(w, c), c);
	case ZS_IQR:
		return fence_score(x, win_quantile(w, 0.25), win_quantile(w, 0.75), z->o.k);
	default:
		win_moments(w, x, &c, &dev, &var);
		return ratio(dev, sqrt(var), c);
	}
}

static double
score_array(const zs *z, double *v, size_t n, double x)
{
	double c, var;

	switch (z->o.method) {
	case ZS_MEDIAN:
		st_sort(v, n);
		c = st_quantile_sorted(v, n, 0.5);
		return ratio(x - c, MAD_SCALE * st_mad_sorted(v, n, c, z->tmp), c);
	case ZS_IQR:
		st_sort(v, n);
		return fence_score(x, st_quantile_sorted(v, n, 0.25), st_quantile_sorted(v, n, 0.75),
				   z->o.k);
	default:
		st_mean_var(v, n, &c, &var);
		return ratio(x - c, sqrt(var), c);
	}
}

/* Index of the first history point at or after time target (binary search;
 * the history is in time order). */
static size_t
first_at_or_after(const win *w, double target)
{
	size_t lo = 0, hi = win_count(w);
	double t, x;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		win_get(w, mid, &t, &x);
		if (t < target)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Gather the same phase of each previous period; returns how many. */
static size_t
gather_season(zs *z, double t)
{
	const win *w = z->w;
	size_t n = 0, k, cnt = win_count(w);
	double ht, hx;

	for (k = 1; k <= z->o.window; k++) {
		if (z->o.season_sec > 0) {
			double target = t - (double)k * z->o.season_sec, best = INFINITY, bx = 0;
			double tol = z->min_step > 0 ? 0.5 * z->min_step : 0;
			size_t i = first_at_or_after(w, target), j;

			/* the nearest point to target, if within half a step */
			for (j = i > 0 ? i - 1 : 0; j <= i && j < cnt; j++) {
				win_get(w, j, &ht, &hx);
				if (fabs(ht - target) < best) {
					best = fabs(ht - target);
					bx = hx;
				}
			}
			if (best <= tol && !isnan(bx))
				z->gather[n++] = bx;
		} else if (k * z->o.season <= cnt) {
			win_get(w, cnt - k * z->o.season, &ht, &hx);
			if (!isnan(hx))
				z->gather[n++] = hx;
		}
	}
	return n;
}

static int
update_season(zs *z, double t, double x, double *score)
{
	size_t n;
	int scored = 0;
	double ht, hx;

	if (z->o.season_sec > 0) {
		if (z->have_last && t > z->t_last && (z->min_step == 0 || t - z->t_last < z->min_step))
			z->min_step = t - z->t_last;
		z->t_last = t;
		z->have_last = 1;
		/* keep window periods of history, and half a step more */
		while (win_count(z->w) > 0) {
			win_get(z->w, 0, &ht, &hx);
			if (ht >= t - (double)z->o.window * z->o.season_sec - z->min_step)
				break;
			win_pop(z->w);
		}
	}
	n = gather_season(z, t);
	if (n >= z->o.min_periods && n > 0) {
		*score = score_array(z, z->gather, n, x);
		scored = 1;
	}
	if (win_push(z->w, t, x) < 0)
		return -1;
	return scored;
}

int
zs_update(zs *z, double t, double x, double *score)
{
	int scored = 0;
	double ht, hx;
	size_t n;

	if (seasonal(z))
		return update_season(z, t, x, score);
	if (z->w == NULL) {
		/* All history: Welford's update on x - K, K the first point, so
		 * that 1e9 + noise keeps its digits in the mean as in the sums. */
		double d, xs;

		if (z->n == 0)
			z->shift = x;
		xs = x - z->shift;
		if (z->n >= z->o.min_periods && z->n > 0) {
			double var = z->n > 1 ? z->m2 / (double)(z->n - 1) : 0;

			*score = ratio(xs - z->mean, sqrt(var), z->shift + z->mean);
			scored = 1;
		}
		z->n++;
		d = xs - z->mean;
		z->mean += d / (double)z->n;
		z->m2 += d * (xs - z->mean);
		return scored;
	}
	if (z->o.window_sec > 0) {
		while (win_count(z->w) > 0) {
			win_get(z->w, 0, &ht, &hx);
			if (ht > t - z->o.window_sec)
				break;
			win_pop(z->w);
		}
	}
	n = win_count(z->w);
	if (n >= z->o.min_periods && n > 0) {
		*score = score_window(z, x);
		scored = 1;
	}
	if (win_push(z->w, t, x) < 0)
		return -1;
	return scored;
}

int
zs_skip(zs *z)
{
	/* A row-counted season keeps a hole for the row, so phases stay aligned. */
	if (z->o.season > 0)
		return win_push(z->w, 0, NAN);
	return 0;
}

int
zs_save(const zs *z, blob *b)
{
	if (blob_put_u64(b, z->n) < 0 || blob_put_f64(b, z->shift) < 0 ||
	    blob_put_f64(b, z->mean) < 0 ||
	    blob_put_f64(b, z->m2) < 0 || blob_put_f64(b, z->min_step) < 0 ||
	    blob_put_f64(b, z->t_last) < 0 || blob_put_u32(b, (uint32_t)z->have_last) < 0 ||
	    blob_put_u32(b, z->w != NULL) < 0)
		return -1;
	return z->w ? win_save(z->w, b) : 0;
}

zs *
zs_load(const zs_opts *o, blob *b)
{
	zs *z = zs_new(o);
	uint64_t n;
	uint32_t have_last, has_win;

	if (z == NULL)
		return NULL;
	if (blob_get_u64(b, &n) < 0 || blob_get_f64(b, &z->shift) < 0 ||
	    blob_get_f64(b, &z->mean) < 0 ||
	    blob_get_f64(b, &z->m2) < 0 || blob_get_f64(b, &z->min_step) < 0 ||
	    blob_get_f64(b, &z->t_last) < 0 || blob_get_u32(b, &have_last) < 0 ||
	    blob_get_u32(b, &has_win) < 0 || has_win != (z->w != NULL))
		goto fail;
	z->n = (size_t)n;
	z->have_last = have_last != 0;
	if (z->w) {
		/* The window must be the one these options make (a state file
		 * from other options is refused before this; be safe anyway). */
		win *w = win_load(b);

		if (w == NULL || !win_same_shape(w, z->w)) {
			win_free(w);
			goto fail;
		}
		win_free(z->w);
		z->w = w;
	}
	return z;
fail:
	zs_free(z);
	return NULL;
}
