/*
 * ewma.h - exponentially weighted smoothing and the control charts built on
 * it: an EWMA level with an EW variance, a two-sided CUSUM, Holt-Winters
 * additive smoothing, and a series that combines them with time-aware decay.
 *
 * Every kernel is an online state machine: new, update one point, free
 * (free(NULL) is a no-op), and save/load to a blob (blob.h) so that a cron
 * job can stop after any point and go on later with identical results.
 * Loaders return NULL for a malformed or short blob (or out of memory).
 * Nothing here prints, exits or keeps globals.
 *
 * Notation: x the new point, a its weight (0 < a <= 1), m and v the level and
 * variance before the point, d = x - m the one-step residual.
 */
#ifndef ADK_EWMA_H
#define ADK_EWMA_H

#include <stddef.h>

#include "blob.h"

/*
 * A spread below EWMA_FLOOR * max(1, |forecast|) is replaced by that floor,
 * as in zs.h: a flat baseline scores 0 for an equal point and a large finite
 * score otherwise, never inf.
 */
#define EWMA_FLOOR 1e-12

/* ---- EWMA level and EW variance (the control chart) ----
 *
 *   m' = m + a d                      (pandas ewm(adjust=False).mean())
 *   v' = (1 - a) (v + a d^2)          (West 1979; Finch 2009, eq. 143)
 * The first point sets m = x, v = 0.  v is the exponentially weighted
 * variance of the points about the level, in squared units of x. */
typedef struct ewma_cc ewma_cc;

ewma_cc *ewma_cc_new(void);
void ewma_cc_free(ewma_cc *c);
/* Add x with weight a.  Returns 1 with *m, *sd set to the level and the
 * standard deviation before the point, or 0 for the first point. */
int ewma_cc_update(ewma_cc *c, double x, double a, double *m, double *sd);
double ewma_cc_level(const ewma_cc *c);
int ewma_cc_save(const ewma_cc *c, blob *b);
ewma_cc *ewma_cc_load(blob *b);

/* ---- Two-sided CUSUM (Page 1954) in standard-deviation units ----
 *
 * The CUSUM keeps its own, slow baseline: an EW level m and variance v of
 * the points it is fed (as above, with weight max(w, 1/n) for the n-th
 * point, so that the first points count as in a plain mean and variance).
 * A baseline that follows the data as fast as the control chart's would
 * absorb a sustained shift before the sums grow (with a = 0.3 a shift of
 * half a sd leaves residuals summing to 1.7 sd in all).  Once the baseline
 * holds min_n points, each point is scored before it is added:
 *   z = (x - m) / sqrt(v)
 *   S+ = max(0, S+ + z - k),   S- = max(0, S- - z - k)
 * and the statistic is S+ when S+ >= S-, else -S- (0 in control, positive
 * for an upward shift, negative for a downward one).  When S+ or S- exceeds
 * h the value that crossed is reported and both restart at 0. */
typedef struct ewma_cusum ewma_cusum;

/* k >= 0 the slack per point, h > 0 the decision interval, both in sd;
 * min_n >= 1 the points the baseline needs before scoring. */
ewma_cusum *ewma_cusum_new(double k, double h, size_t min_n);
void ewma_cusum_free(ewma_cusum *c);
/* Score x (1 with *out, and *alarm 1 when it crossed h; 0 while the
 * baseline is shorter than min_n), then add it with weight w. */
int ewma_cusum_update(ewma_cusum *c, double x, double w, double *out, int *alarm);
int ewma_cusum_save(const ewma_cusum *c, blob *b);
ewma_cusum *ewma_cusum_load(double k, double h, size_t min_n, blob *b);

/* ---- Holt-Winters additive (level L, trend T per step, season S[0..P)) ----
 *
 * For a point at phase p, s steps after the previous one:
 *   forecast F = L + s T + S[p],  d = x - F
 *   L' = a (x - S[p]) + (1 - a) (L + s T)
 *   T' = beta (L' - L) / s + (1 - beta) T
 *   S[p]' = gamma (x - L') + (1 - gamma) S[p]
 *   v' = (1 - a) (v + a d^2)
 * Initialisation: the first P points (the first period) are only stored; L
 * is their running mean.  After the P-th, S[p] = (point at p) - L (0 for a
 * phase that had no point), T = 0, v = 0. */
typedef struct ewma_hw ewma_hw;

ewma_hw *ewma_hw_new(size_t period, double beta, double gamma);
void ewma_hw_free(ewma_hw *h);
/* Add x at phase p (< period), s > 0 steps after the previous point, with
 * level weight a.  Returns 1 with *f (forecast), *sd set from the state
 * before the point, or 0 while the first period is being stored. */
int ewma_hw_update(ewma_hw *h, double x, size_t p, double s, double a, double *f, double *sd);
/* The smoothed value of the last point: L + S[p] (L alone in the first period). */
double ewma_hw_value(const ewma_hw *h);
/* Seasonal component at phase p, and level plus s trend steps (the
 * deseasonalised forecast), both before the next update. */
double ewma_hw_season(const ewma_hw *h, size_t p);
double ewma_hw_base(const ewma_hw *h, double s);
int ewma_hw_save(const ewma_hw *h, blob *b);
ewma_hw *ewma_hw_load(size_t period, double beta, double gamma, blob *b);

/* ---- A series: the kernels above, with time and warm-up handled ----
 *
 * Decay by elapsed time: a point dt seconds after the previous one is s =
 * dt / step steps later and has weight a_s = 1 - (1 - alpha)^s, so a gap of
 * 30 steps decays the old state as 30 single steps would (for a halflife H
 * in seconds, a_s = 1 - 2^(-dt / H)).  step is the option's or, if 0, the
 * smallest positive interval seen so far in this series.  A time that does
 * not advance (a duplicate or an earlier time) counts as one step. */
typedef struct {
	double alpha;         /* weight of a new point per step, (0, 1] */
	double halflife_sec;  /* > 0: weight from elapsed time, a = 1 - 2^(-dt/H) */
	int timed;            /* points come with times: decay by elapsed time */
	double step;          /* nominal spacing in seconds; 0: inferred */
	size_t season;        /* > 0: Holt-Winters with this period (in steps) */
	int season_by_time;   /* phase = round(t / step) mod season (needs step > 0);
	                         else the row count mod season */
	double beta, gamma;   /* Holt-Winters trend and season weights, [0, 1] */
	size_t min_periods;   /* >= 1: points in the baseline before z is given (with
	                         a season the first period counts as one) */
	int cusum;            /* keep a CUSUM of the (deseasonalised) points */
	double cusum_alpha;   /* weight of the CUSUM's baseline per step, (0, 1] */
	double cusum_k, cusum_h;
} ewma_opts;

typedef struct ewma_series ewma_series;

/* Result of ewma_series_update: which outputs are set. */
#define EWMA_LEVEL 1
#define EWMA_Z 2
#define EWMA_CUSUM 4

ewma_series *ewma_series_new(const ewma_opts *o);
void ewma_series_free(ewma_series *s);
/*
 * Score x observed at time t (seconds; ignored unless o->timed) and add it.
 * *level is the smoothed value after the point (EWMA_LEVEL, always set);
 * *z the residual against the forecast made before it, in EW standard
 * deviations (EWMA_Z, after the warm-up); *cusum the CUSUM of the point
 * (less its seasonal component) against the CUSUM's slow baseline (EWMA_CUSUM,
 * after its warm-up; with a season it starts after the first period).
 * Returns the EWMA_* bits set.
 */
int ewma_series_update(ewma_series *s, double t, double x, double *level, double *z,
		       double *cusum);
/* A row without a value: only advances a row-counted season's phase. */
void ewma_series_skip(ewma_series *s);
/* The options must be the same at load as at save (the caller checks). */
int ewma_series_save(const ewma_series *s, blob *b);
ewma_series *ewma_series_load(const ewma_opts *o, blob *b);

#endif
