/*
 * event.h - an alert incident (alert.h) as a record: a row of
 * `threshold --events`, or one Alertmanager v2 alert as a line of JSON
 * (`--json`, the body /api/v2/alerts takes, one alert a line).
 *
 * No I/O here: an --events row is returned as fields (views), which the
 * caller writes with its rows_writer, so that they are quoted for the
 * output's delimiter by the one CSV writer there is; a JSON alert is
 * formatted into a buffer the event object owns, and the caller writes its
 * bytes as they are.  Either stays valid until the next call on the object.
 *
 * Ownership: event_new() copies the options (names, tiers); event_free()
 * accepts NULL.  Nothing here prints or exits; out of memory is a 0 count
 * or a NULL.
 */
#ifndef ADK_EVENT_H
#define ADK_EVENT_H

#include <stddef.h>

#include "alert.h"
#include "rows.h"

typedef struct {
	const char *name;              /* the alertname label (--json) */
	const char *score;             /* the score column, named in the summary */
	int below;                     /* the condition is "below" the level */
	int precision;                 /* significant digits of numbers (num_format) */
	int timed;                     /* times are epoch seconds: durations are
					  written (--events); else line numbers */
	const char *const *tiers;      /* tier names, by alert tier index */
	size_t ntiers;
	const rows_field *groups;      /* the group columns' names (header order of -g) */
	size_t ngroups;
} event_opts;

/* One incident (or piece), with what the caller kept of its rows. */
typedef struct {
	const alert_incident *inc;
	const rows_field *vals; /* the group's values, ngroups of them */
	rows_field start, end;  /* the times as the input wrote them (or line
				   numbers); end is empty while open */
	rows_field why;         /* the why text of the peak row (may be empty) */
	double level;           /* the level in force */
	const char *reason;     /* the suppression window's reason, "" for none */
} event_rec;

typedef struct event event;

/* NULL if out of memory. */
event *event_new(const event_opts *o);
void event_free(event *e);

/* The --events header: the group columns, then start, end, duration, rows,
 * peak, severity, why, suppressed, reason.  Returns the count; the views
 * live as long as e. */
size_t event_header(const event *e, const rows_field **f);
/* The --events row of r: the group's values, start and end as given,
 * duration (end - start, seconds; empty while open or without times), rows,
 * peak, severity (the peak's tier), why, suppressed (0/1), reason.
 * Returns the count, 0 if out of memory. */
size_t event_row(event *e, const event_rec *r, const rows_field **f);
/* The Alertmanager v2 alert of r, one line without its newline: labels
 * alertname, the group columns and severity; annotations summary and why;
 * startsAt and (once resolved) endsAt in RFC 3339 UTC, milliseconds when
 * the time has a fraction.  *n is its length; NULL if out of memory. */
const char *event_json(event *e, const event_rec *r, size_t *n);

#endif
