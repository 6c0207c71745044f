/*
 * ewma.c - EWMA level and variance, CUSUM, Holt-Winters, and the series
 * that combines them.  The maths is in ewma.h.
 */
#include "ewma.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

static double
floored(double sd, double centre)
{
	double f = EWMA_FLOOR * fmax(1.0, fabs(centre));

	return sd > f ? sd : f;
}

static int
get_finite(blob *b, double *v)
{
	return blob_get_f64(b, v) == 0 && isfinite(*v) ? 0 : -1;
}

/* ---- level and variance ---- */

struct ewma_cc {
	double m, v;  /* level and EW variance */
	int started;  /* m holds a point */
};

ewma_cc *
ewma_cc_new(void)
{
	return calloc(1, sizeof(ewma_cc));
}

void
ewma_cc_free(ewma_cc *c)
{
	free(c);
}

int
ewma_cc_update(ewma_cc *c, double x, double a, double *m, double *sd)
{
	double d;

	if (!c->started) {
		c->m = x;
		c->v = 0;
		c->started = 1;
		return 0;
	}
	*m = c->m;
	*sd = sqrt(c->v);
	d = x - c->m;
	c->m += a * d;
	c->v = (1 - a) * (c->v + a * d * d);
	return 1;
}

double
ewma_cc_level(const ewma_cc *c)
{
	return c->m;
}

int
ewma_cc_save(const ewma_cc *c, blob *b)
{
	blob_put_u32(b, (uint32_t)c->started);
	blob_put_f64(b, c->m);
	return blob_put_f64(b, c->v);
}

ewma_cc *
ewma_cc_load(blob *b)
{
	ewma_cc *c = ewma_cc_new();
	uint32_t started;

	if (c == NULL)
		return NULL;
	if (blob_get_u32(b, &started) < 0 || started > 1 || get_finite(b, &c->m) < 0 ||
	    get_finite(b, &c->v) < 0 || c->v < 0) {
		free(c);
		return NULL;
	}
	c->started = (int)started;
	return c;
}

/* ---- CUSUM ---- */

struct ewma_cusum {
	double k, h;
	size_t min_n;
	double sp, sn;      /* upper and lower sums, >= 0 */
	double m, v;        /* the slow baseline */
	uint64_t n;         /* points in it */
};

ewma_cusum *
ewma_cusum_new(double k, double h, size_t min_n)
{
	ewma_cusum *c = calloc(1, sizeof *c);

	if (c == NULL)
		return NULL;
	c->k = k;
	c->h = h;
	c->min_n = min_n;
	return c;
}

void
ewma_cusum_free(ewma_cusum *c)
{
	free(c);
}

int
ewma_cusum_update(ewma_cusum *c, double x, double w, double *out, int *alarm)
{
	double z, d = x - c->m;
	int scored = c->n >= c->min_n && c->n > 0;

	if (scored) {
		z = d / floored(sqrt(c->v), c->m);
		c->sp = fmax(0, c->sp + z - c->k);
		c->sn = fmax(0, c->sn - z - c->k);
		*out = c->sp >= c->sn ? c->sp : -c->sn;
		*alarm = c->sp > c->h || c->sn > c->h;
		if (*alarm)
			c->sp = c->sn = 0;
	}
	c->n++;
	if (w < 1.0 / (double)c->n)
		w = 1.0 / (double)c->n;
	c->m += w * d;
	c->v = (1 - w) * (c->v + w * d * d);
	return scored;
}

int
ewma_cusum_save(const ewma_cusum *c, blob *b)
{
	blob_put_u64(b, c->n);
	blob_put_f64(b, c->sp);
	blob_put_f64(b, c->sn);
	blob_put_f64(b, c->m);
	return blob_put_f64(b, c->v);
}

ewma_cusum *
ewma_cusum_load(double k, double h, size_t min_n, blob *b)
{
	ewma_cusum *c = ewma_cusum_new(k, h, min_n);

	if (c == NULL)
		return NULL;
	if (blob_get_u64(b, &c->n) < 0 || get_finite(b, &c->sp) < 0 || get_finite(b, &c->sn) < 0 ||
	    get_finite(b, &c->m) < 0 || get_finite(b, &c->v) < 0 || c->sp < 0 || c->sn < 0 ||
	    c->v < 0) {
		free(c);
		return NULL;
	}
	return c;
}

/* ---- Holt-Winters ---- */

struct ewma_hw {
	size_t period;
	double beta, gamma;
	double l, t, v;     /* level, trend per step, residual variance */
	double *s;          /* season[period]; in the first period the raw points, NaN if none */
	size_t n;           /* points stored, up to period (then initialised) */
	size_t last;        /* phase of the last point */
};

ewma_hw *
ewma_hw_new(size_t period, double beta, double gamma)
{
	ewma_hw *h = calloc(1, sizeof *h);
	size_t i;

	if (h == NULL || period == 0)
		goto fail;
	h->period = period;
	h->beta = beta;
	h->gamma = gamma;
	h->s = malloc(period * sizeof *h->s);
	if (h->s == NULL)
		goto fail;
	for (i = 0; i < period; i++)
		h->s[i] = NAN;
	return h;
fail:
	ewma_hw_free(h);
	return NULL;
}

void
ewma_hw_free(ewma_hw *h)
{
	if (h == NULL)
		return;
	free(h->s);
	free(h);
}

int
ewma_hw_update(ewma_hw *h, double x, size_t p, double s, double a, double *f, double *sd)
{
	double l, sp;
	size_t i;

	h->last = p;
	if (h->n < h->period) {
		h->s[p] = x;
		h->n++;
		h->l += (x - h->l) / (double)h->n;
		if (h->n == h->period) {
			for (i = 0; i < h->period; i++)
				h->s[i] = isnan(h->s[i]) ? 0 : h->s[i] - h->l;
			h->t = 0;
			h->v = 0;
		}
		return 0;
	}
	sp = h->s[p];
	*f = h->l + s * h->t + sp;
	*sd = sqrt(h->v);
	l = a * (x - sp) + (1 - a) * (h->l + s * h->t);
	h->t = h->beta * (l - h->l) / s + (1 - h->beta) * h->t;
	h->l = l;
	h->s[p] = h->gamma * (x - l) + (1 - h->gamma) * sp;
	h->v = (1 - a) * (h->v + a * (x - *f) * (x - *f));
	return 1;
}

double
ewma_hw_value(const ewma_hw *h)
{
	return h->n < h->period ? h->l : h->l + h->s[h->last];
}

double
ewma_hw_season(const ewma_hw *h, size_t p)
{
	return h->n < h->period ? 0 : h->s[p];
}

double
ewma_hw_base(const ewma_hw *h, double s)
{
	return h->l + s * h->t;
}

int
ewma_hw_save(const ewma_hw *h, blob *b)
{
	blob_put_u64(b, h->n);
	blob_put_u64(b, h->last);
	blob_put_f64(b, h->l);
	blob_put_f64(b, h->t);
	blob_put_f64(b, h->v);
	return blob_put_f64s(b, h->s, h->period);
}

ewma_hw *
ewma_hw_load(size_t period, double beta, double gamma, blob *b)
{
	ewma_hw *h = ewma_hw_new(period, beta, gamma);
	uint64_t n, last;
	size_t i;

	if (h == NULL)
		return NULL;
	if (blob_get_u64(b, &n) < 0 || blob_get_u64(b, &last) < 0 || n > period ||
	    last >= period || get_finite(b, &h->l) < 0 || get_finite(b, &h->t) < 0 ||
	    get_finite(b, &h->v) < 0 || h->v < 0 || blob_get_f64s(b, h->s, period) < 0)
		goto fail;
	h->n = (size_t)n;
	h->last = (size_t)last;
	/* NaN marks an empty phase only while the first period is stored. */
	for (i = 0; i < period; i++)
		if (isinf(h->s[i]) || (isnan(h->s[i]) && h->n == period))
			goto fail;
	return h;
fail:
	ewma_hw_free(h);
	return NULL;
}

/* ---- series ---- */

struct ewma_series {
	ewma_opts o;
	ewma_cc *cc;        /* without a season */
	ewma_hw *hw;        /* with one */
	ewma_cusum *cu;     /* with o.cusum */
	uint64_t nres;      /* points scored against a forecast */
	uint64_t row;       /* rows seen, values or not (row-counted phase) */
	double t_last;      /* latest time seen */
	double step;        /* o.step, or the smallest positive interval seen */
	int have_t;
};

ewma_series *
ewma_series_new(const ewma_opts *o)
{
	ewma_series *s = calloc(1, sizeof *s);

	if (s == NULL)
		return NULL;
	s->o = *o;
	s->step = o->step;
	if (o->season > 0)
		s->hw = ewma_hw_new(o->season, o->beta, o->gamma);
	else
		s->cc = ewma_cc_new();
	if (o->cusum)
		s->cu = ewma_cusum_new(o->cusum_k, o->cusum_h, o->min_periods);
	if ((s->hw == NULL && s->cc == NULL) || (o->cusum && s->cu == NULL)) {
		ewma_series_free(s);
		return NULL;
	}
	return s;
}

void
ewma_series_free(ewma_series *s)
{
	if (s == NULL)
		return;
	ewma_cc_free(s->cc);
	ewma_hw_free(s->hw);
	ewma_cusum_free(s->cu);
	free(s);
}

/* Steps since the previous point and the new point's weight. */
static void
decay(ewma_series *s, double t, double *steps, double *a)
{
	double dt;

	*steps = 1;
	*a = s->o.alpha;
	if (!s->o.timed)
		return;
	if (!s->have_t) {
		s->have_t = 1;
		s->t_last = t;
		return;
	}
	dt = t - s->t_last;
	if (dt > 0 && s->o.step == 0 && (s->step == 0 || dt < s->step))
		s->step = dt;
	if (dt > 0)
		s->t_last = t;
	else
		dt = s->step; /* not advancing: one step (0 if none is known yet) */
	if (s->step > 0 && dt != s->step)
		*steps = dt / s->step;
	if (s->o.halflife_sec > 0)
		*a = 1 - exp2(-(dt > 0 ? dt : s->o.halflife_sec) / s->o.halflife_sec);
	else if (*steps != 1)
		*a = 1 - pow(1 - s->o.alpha, *steps);
}

static size_t
phase(const ewma_series *s, double t)
{
	double q;

	if (!s->o.season_by_time)
		return (size_t)(s->row % s->o.season);
	q = fmod(nearbyint(t / s->step), (double)s->o.season);
	if (q < 0)
		q += (double)s->o.season;
	return (size_t)q;
}

int
ewma_series_update(ewma_series *s, double t, double x, double *level, double *z,
		   double *cusum)
{
	double steps, a, f, sd, xr = x, w;
	int scored, alarm, rc = EWMA_LEVEL;

	decay(s, t, &steps, &a);
	if (s->hw) {
		size_t p = phase(s, t);

		xr = x - ewma_hw_season(s->hw, p);
		scored = ewma_hw_update(s->hw, x, p, steps, a, &f, &sd);
		*level = ewma_hw_value(s->hw);
	} else {
		scored = ewma_cc_update(s->cc, x, a, &f, &sd);
		*level = ewma_cc_level(s->cc);
	}
	s->row++;
	/* With a season, the CUSUM starts once the seasons are known. */
	if (s->cu && (scored || s->hw == NULL)) {
		w = steps == 1 ? s->o.cusum_alpha : 1 - pow(1 - s->o.cusum_alpha, steps);
		if (ewma_cusum_update(s->cu, xr, w, cusum, &alarm))
			rc |= EWMA_CUSUM;
	}
	if (scored && s->nres++ + 1 >= s->o.min_periods) {
		*z = (x - f) / floored(sd, f);
		rc |= EWMA_Z;
	}
	return rc;
}

void
ewma_series_skip(ewma_series *s)
{
	s->row++;
}

int
ewma_series_save(const ewma_series *s, blob *b)
{
	int rc;

	blob_put_u64(b, s->nres);
	blob_put_u64(b, s->row);
	blob_put_u32(b, (uint32_t)s->have_t);
	blob_put_f64(b, s->t_last);
	blob_put_f64(b, s->step);
	rc = s->hw ? ewma_hw_save(s->hw, b) : ewma_cc_save(s->cc, b);
	if (s->cu)
		rc = ewma_cusum_save(s->cu, b);
	return rc;
}

ewma_series *
ewma_series_load(const ewma_opts *o, blob *b)
{
	ewma_series *s = calloc(1, sizeof *s);
	uint32_t have_t;

	if (s == NULL)
		return NULL;
	s->o = *o;
	if (blob_get_u64(b, &s->nres) < 0 || blob_get_u64(b, &s->row) < 0 ||
	    blob_get_u32(b, &have_t) < 0 || have_t > 1 || get_finite(b, &s->t_last) < 0 ||
	    get_finite(b, &s->step) < 0 || s->step < 0 || (o->step > 0 && s->step != o->step))
		goto fail;
	s->have_t = (int)have_t;
	if (o->season > 0)
		s->hw = ewma_hw_load(o->season, o->beta, o->gamma, b);
	else
		s->cc = ewma_cc_load(b);
	if (s->hw == NULL && s->cc == NULL)
		goto fail;
	if (o->cusum && (s->cu = ewma_cusum_load(o->cusum_k, o->cusum_h, o->min_periods, b)) == NULL)
		goto fail;
	return s;
fail:
	ewma_series_free(s);
	return NULL;
}
