/*
 * alert.h - the alert state of one group, point by point, as Prometheus
 * evaluates an alerting rule: a condition (the score beyond a level) must
 * hold for a while before the alert fires, and be gone for a while before
 * it resolves; then a cooldown may keep it from firing again too soon.
 * Suppression (maintenance windows, known events: suppress.h) masks the
 * alert without changing the state, and cuts the incident into pieces: an
 * incident is reported once per stretch with the same suppression tag.
 *
 * States: OK -> PENDING (condition true since the onset point)
 *            -> FIRING (held for --for, outside a cooldown)
 *            -> OK (normal again for --clear: resolved).
 * A PENDING run that breaks before --for goes back to OK and is forgotten.
 *
 * Units: t is seconds (any origin; the caller may pass row numbers when it
 * uses counts only).  Counts are points of this group, those given to
 * alert_update (missing scores are not given).
 *
 * Ownership: alert_new() copies the options (and the tiers); alert_free()
 * accepts NULL.  Nothing here prints or exits.
 */
#ifndef ADK_ALERT_H
#define ADK_ALERT_H

#include <stddef.h>

typedef struct {
	int below;         /* 1: the condition is x < level; 0: x > level */
	double level;      /* the alert level */
	double recover;    /* while firing, x is normal again only when it is not beyond
			      recover (hysteresis; set it to level for none) */
	double for_rows;   /* the condition holds for this many points (>= 1) ... */
	double for_sec;    /* ... or, when > 0, from the onset point to the current one
			      for at least this many seconds, before the alert fires */
	double clear_rows; /* normal for this many points (>= 1) ... */
	double clear_sec;  /* ... or, when > 0, from the first normal point on for at
			      least this many seconds, before it resolves */
	double cool_rows;  /* after it resolves, no firing for this many points ... */
	double cool_sec;   /* ... or, when > 0, while t - (time resolved) < cool_sec */
	const double *tiers; /* severity tier levels, least to most severe (copied) */
	size_t ntiers;
} alert_opts;

/* One incident, or a piece of one cut by a change of suppression. */
typedef struct {
	double start;            /* time of the onset point (of the piece's first point) */
	double end;              /* time of the point that resolved it (or cut it) */
	unsigned long long rows; /* points from start up to end, end excluded */
	double peak;             /* the most extreme score (max, or min with below) */
	int tier;                /* tier of peak, -1 for none */
	long supp;               /* suppression tag of the piece, 0: not suppressed */
	int open;                /* 1: not resolved yet; end is not set */
} alert_incident;

/* What one point did. */
typedef struct {
	int firing; /* the alert is firing after this point (suppressed or not) */
	int tier;   /* the highest tier x is beyond, -1 for none */
	int onset;  /* x starts a pending run or an incident piece (remember its time) */
	int peak;   /* x is the new peak of the run or piece (remember its why) */
	int closed; /* an incident piece closed on this point: see *inc */
} alert_step;

typedef struct alert alert;

/* NULL if out of memory. */
alert *alert_new(const alert_opts *o);
void alert_free(alert *a);
/* Change the level and recovery level (a level learned after creation). */
void alert_set_level(alert *a, double level, double recover);
/* Feed one point: time t, finite score x, suppression tag supp (0: none;
 * else any id, e.g. a window's tag from suppress_find).  Fills *st, and
 * *inc when st->closed. */
void alert_update(alert *a, double t, double x, long supp, alert_step *st, alert_incident *inc);
/* 1 and the firing incident piece (open) in *inc, or 0 if not firing. */
int alert_open(const alert *a, alert_incident *inc);
/* The highest tier x is beyond, or -1. */
int alert_tier(const alert *a, double x);

#endif
