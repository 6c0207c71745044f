/*
 * alert.c - per-group alert state machine.
 */
#include "alert.h"

#include <stdlib.h>
#include <string.h>

enum { ST_OK, ST_PENDING, ST_FIRING };

struct alert {
	alert_opts o;
	double *tiers;
	int st;
	alert_incident cur;  /* the pending run, or the firing piece */
	double clear_n;      /* normal points in a row while firing */
	double clear_t0;     /* time of the first of them */
	int cooling;         /* a cooldown is running */
	double cool_left;    /* its points still to come (count cooldown) */
	double cool_t0;      /* time it started (duration cooldown) */
};

alert *
alert_new(const alert_opts *o)
{
	alert *a = calloc(1, sizeof *a);

	if (a == NULL)
		return NULL;
	a->o = *o;
	if (o->ntiers > 0) {
		a->tiers = malloc(o->ntiers * sizeof *a->tiers);
		if (a->tiers == NULL) {
			free(a);
			return NULL;
		}
		memcpy(a->tiers, o->tiers, o->ntiers * sizeof *a->tiers);
	}
	a->o.tiers = a->tiers;
	if (a->o.for_rows < 1)
		a->o.for_rows = 1;
	if (a->o.clear_rows < 1)
		a->o.clear_rows = 1;
	a->st = ST_OK;
	return a;
}

void
alert_free(alert *a)
{
	if (a == NULL)
		return;
	free(a->tiers);
	free(a);
}

void
alert_set_level(alert *a, double level, double recover)
{
	a->o.level = level;
	a->o.recover = recover;
}

static int
beyond(const alert *a, double x, double level)
{
	return a->o.below ? x < level : x > level;
}

int
alert_tier(const alert *a, double x)
{
	size_t i = a->o.ntiers;

	while (i-- > 0)
		if (beyond(a, x, a->tiers[i]))
			return (int)i;
	return -1;
}

static void
start_piece(alert *a, double t, double x, long supp, alert_step *st)
{
	a->cur.start = t;
	a->cur.rows = 0;
	a->cur.peak = x;
	a->cur.supp = supp;
	a->cur.open = 1;
	st->onset = 1;
	st->peak = 1;
}

static void
add_point(alert *a, double x, alert_step *st)
{
	a->cur.rows++;
	if (beyond(a, x, a->cur.peak)) {
		a->cur.peak = x;
		st->peak = 1;
	}
}

static void
close_piece(alert *a, double t, alert_step *st, alert_incident *inc)
{
	*inc = a->cur;
	inc->end = t;
	inc->open = 0;
	inc->tier = alert_tier(a, inc->peak);
	st->closed = 1;
}

/* Is a cooldown keeping the alert from firing on this point?  Counts the
 * point against a count cooldown. */
static int
cooling(alert *a, double t)
{
	int held;

	if (!a->cooling)
		return 0;
	if (a->o.cool_sec > 0) {
		held = t - a->cool_t0 < a->o.cool_sec;
	} else {
		held = a->cool_left > 0;
		if (held)
			a->cool_left--;
	}
	if (!held)
		a->cooling = 0;
	return held;
}

void
alert_update(alert *a, double t, double x, long supp, alert_step *st, alert_incident *inc)
{
	int cool = cooling(a, t), bad, held, resolved;

	memset(st, 0, sizeof *st);
	st->tier = alert_tier(a, x);
	switch (a->st) {
	case ST_OK:
		if (!beyond(a, x, a->o.level))
			break;
		/* The onset point counts towards --for. */
		a->st = ST_PENDING;
		start_piece(a, t, x, 0, st);
		/* FALLTHROUGH */
	case ST_PENDING:
		if (!beyond(a, x, a->o.level)) {
			a->st = ST_OK;
			break;
		}
		add_point(a, x, st);
		held = a->o.for_sec > 0 ? t - a->cur.start >= a->o.for_sec
					: (double)a->cur.rows >= a->o.for_rows;
		if (held && !cool) {
			a->st = ST_FIRING;
			a->cur.supp = supp;
			a->clear_n = 0;
		}
		break;
	case ST_FIRING:
		bad = beyond(a, x, a->o.recover);
		if (bad)
			a->clear_n = 0;
		else if (a->clear_n++ == 0)
			a->clear_t0 = t;
		resolved = !bad && (a->o.clear_sec > 0 ? t - a->clear_t0 >= a->o.clear_sec
						     : a->clear_n >= a->o.clear_rows);
		if (resolved) {
			close_piece(a, t, st, inc);
			a->st = ST_OK;
			a->cooling = a->o.cool_sec > 0 || a->o.cool_rows > 0;
			a->cool_left = a->o.cool_rows;
			a->cool_t0 = t;
			break;
		}
		if (supp != a->cur.supp) {
			close_piece(a, t, st, inc);
			start_piece(a, t, x, supp, st);
		}
		add_point(a, x, st);
		break;
	}
	st->firing = a->st == ST_FIRING;
}

int
alert_open(const alert *a, alert_incident *inc)
{
	if (a->st != ST_FIRING)
		return 0;
	*inc = a->cur;
	inc->open = 1;
	inc->tier = alert_tier(a, inc->peak);
	return 1;
}
