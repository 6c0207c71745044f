/*
 * zs.h - rolling z-score of a point against the points before it.
 *
 * One zs per series (column x group).  The point is never part of its own
 * baseline: it is scored, then added.
 */
#ifndef ADK_ZS_H
#define ADK_ZS_H

#include <stddef.h>

#include "blob.h"

enum zs_method {
	ZS_MEAN,   /* (x - mean) / sd, sample sd (n - 1) */
	ZS_MEDIAN, /* (x - median) / (1.4826 MAD) */
	ZS_IQR     /* distance outside [Q1 - k IQR, Q3 + k IQR] in IQR units, 0 inside */
};

/* Largest number of points a time window keeps (then it drops the oldest). */
#define ZS_MAX_TIME_POINTS ((size_t)1 << 24)

typedef struct {
	int method;          /* enum zs_method */
	double k;            /* IQR fence multiplier */
	size_t window;       /* baseline points; 0 with window_sec == 0: all history (ZS_MEAN) */
	double window_sec;   /* > 0: baseline is the points of the last window_sec seconds */
	size_t season;       /* > 0: period in rows; the baseline is the same phase of the
	                        previous `window` periods */
	double season_sec;   /* > 0: period in seconds (needs times) */
	size_t min_periods;  /* baseline points needed before a score is given */
} zs_opts;

typedef struct zs zs;

/*
 * A spread below ZS_FLOOR * max(1, |centre|) is replaced by that floor, so a
 * flat baseline gives 0 for a point equal to it and a large finite score
 * (the difference times 1e12 / max(1, |centre|)) for any other, never inf.
 */
#define ZS_FLOOR 1e-12

zs *zs_new(const zs_opts *o);
void zs_free(zs *z);

/*
 * Score x observed at time t (seconds; ignored unless the options use time)
 * and add it to the baseline.  Returns 1 with *score set, 0 when the baseline
 * is still shorter than min_periods, -1 when out of memory.
 */
int zs_update(zs *z, double t, double x, double *score);

/* A row with no value: advances the phase of a row-counted season.
 * Returns 0, or -1 when out of memory. */
int zs_skip(zs *z);

/*
 * Save z's state to b (0, or -1 when out of memory); load it back for the
 * same options o (NULL if b is malformed or does not fit o, or memory runs
 * out).  A loaded zs continues exactly as the saved one would have.
 */
int zs_save(const zs *z, blob *b);
zs *zs_load(const zs_opts *o, blob *b);

#endif
