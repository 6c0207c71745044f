/*
 * event.c - incidents as --events rows and Alertmanager v2 JSON.
 */
#include "event.h"
#include "num.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define NFIXED 9 /* start .. reason */

struct event {
	event_opts o;
	char *names;         /* every copied name, NUL-terminated, one after another */
	rows_field *hdr;     /* ngroups + NFIXED */
	rows_field *row;     /* the same count */
	char **tiers;        /* views into names */
	char dur[32], rows[32], peak[32];
	char *buf;           /* the JSON line */
	size_t n, cap;
	int nomem;
};

static const char *const fixed[NFIXED] = {"start", "end",  "duration",   "rows",  "peak",
					  "severity", "why", "suppressed", "reason"};

event *
event_new(const event_opts *o)
{
	event *e = calloc(1, sizeof *e);
	size_t len = strlen(o->name) + strlen(o->score) + 2, i;
	char *p;

	if (e == NULL)
		return NULL;
	for (i = 0; i < o->ntiers; i++)
		len += strlen(o->tiers[i]) + 1;
	for (i = 0; i < o->ngroups; i++)
		len += o->groups[i].n + 1;
	e->names = malloc(len);
	e->hdr = calloc(o->ngroups + NFIXED, sizeof *e->hdr);
	e->row = calloc(o->ngroups + NFIXED, sizeof *e->row);
	e->tiers = calloc(o->ntiers + 1, sizeof *e->tiers);
	if (e->names == NULL || e->hdr == NULL || e->row == NULL || e->tiers == NULL) {
		event_free(e);
		return NULL;
	}
	e->o = *o;
	p = e->names;
	e->o.name = strcpy(p, o->name);
	p += strlen(p) + 1;
	e->o.score = strcpy(p, o->score);
	p += strlen(p) + 1;
	for (i = 0; i < o->ntiers; i++) {
		e->tiers[i] = strcpy(p, o->tiers[i]);
		p += strlen(p) + 1;
	}
	e->o.tiers = (const char *const *)e->tiers;
	for (i = 0; i < o->ngroups; i++) {
		memcpy(p, o->groups[i].p, o->groups[i].n);
		p[o->groups[i].n] = '\0';
		e->hdr[i].p = p;
		e->hdr[i].n = o->groups[i].n;
		p += o->groups[i].n + 1;
	}
	e->o.groups = e->hdr;
	for (i = 0; i < NFIXED; i++) {
		e->hdr[o->ngroups + i].p = fixed[i];
		e->hdr[o->ngroups + i].n = strlen(fixed[i]);
	}
	return e;
}

void
event_free(event *e)
{
	if (e == NULL)
		return;
	free(e->names);
	free(e->hdr);
	free(e->row);
	free(e->tiers);
	free(e->buf);
	free(e);
}

size_t
event_header(const event *e, const rows_field **f)
{
	*f = e->hdr;
	return e->o.ngroups + NFIXED;
}

static rows_field
field(const char *p, size_t n)
{
	rows_field f;

	f.p = p;
	f.n = n;
	return f;
}

static rows_field
str_field(const char *s)
{
	return field(s, strlen(s));
}

static const char *
severity(const event *e, const alert_incident *inc)
{
	return inc->tier >= 0 && (size_t)inc->tier < e->o.ntiers ? e->o.tiers[inc->tier] : "";
}

size_t
event_row(event *e, const event_rec *r, const rows_field **f)
{
	const alert_incident *inc = r->inc;
	size_t i, k = e->o.ngroups;
	int w;

	for (i = 0; i < k; i++)
		e->row[i] = r->vals[i];
	e->row[k++] = r->start;
	e->row[k++] = r->end;
	if (!inc->open && e->o.timed)
		e->row[k++] = field(e->dur, num_format(e->dur, inc->end - inc->start,
							e->o.precision));
	else
		e->row[k++] = field("", 0);
	w = snprintf(e->rows, sizeof e->rows, "%llu", inc->rows);
	e->row[k++] = field(e->rows, (size_t)w);
	e->row[k++] = field(e->peak, num_format(e->peak, inc->peak, e->o.precision));
	e->row[k++] = str_field(severity(e, inc));
	e->row[k++] = r->why.p ? r->why : field("", 0);
	e->row[k++] = str_field(inc->supp ? "1" : "0");
	e->row[k++] = str_field(inc->supp && r->reason ? r->reason : "");
	*f = e->row;
	return k;
}

/* ---- JSON ---- */

static void
add(event *e, const char *p, size_t n)
{
	if (e->nomem)
		return;
	if (e->n + n + 1 > e->cap) {
		size_t cap = 2 * (e->n + n + 1) + 64;
		char *b = realloc(e->buf, cap);

		if (b == NULL) {
			e->nomem = 1;
			return;
		}
		e->buf = b;
		e->cap = cap;
	}
	memcpy(e->buf + e->n, p, n);
	e->n += n;
	e->buf[e->n] = '\0';
}

static void
adds(event *e, const char *s)
{
	add(e, s, strlen(s));
}

/* The inside of a JSON string: quote and backslash escaped, control bytes as
 * \n \t \r or \u00XX; other bytes (UTF-8 included) as they are. */
static void
add_esc(event *e, const char *p, size_t n)
{
	size_t i;
	char esc[8];

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];

		if (c == '"' || c == '\\') {
			esc[0] = '\\';
			esc[1] = (char)c;
			add(e, esc, 2);
		} else if (c == '\n') {
			add(e, "\\n", 2);
		} else if (c == '\t') {
			add(e, "\\t", 2);
		} else if (c == '\r') {
			add(e, "\\r", 2);
		} else if (c < 0x20 || c == 0x7f) {
			snprintf(esc, sizeof esc, "\\u%04x", c);
			add(e, esc, 6);
		} else {
			add(e, (const char *)&c, 1);
		}
	}
}

static void
add_json(event *e, const char *p, size_t n)
{
	add(e, "\"", 1);
	add_esc(e, p, n);
	add(e, "\"", 1);
}

/* t (epoch seconds) as RFC 3339 UTC in quotes, milliseconds when t has a
 * fraction. */
static void
add_time(event *e, double t)
{
	double sec = floor(t);
	long ms = lround((t - sec) * 1000);
	time_t tt;
	struct tm tm;
	char buf[64];

	if (ms == 1000) {
		sec += 1;
		ms = 0;
	}
	tt = (time_t)sec;
	gmtime_r(&tt, &tm);
	if (ms)
		snprintf(buf, sizeof buf, "\"%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ\"",
			 tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
			 tm.tm_sec, ms);
	else
		snprintf(buf, sizeof buf, "\"%04d-%02d-%02dT%02d:%02d:%02dZ\"", tm.tm_year + 1900,
			 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
	adds(e, buf);
}

const char *
event_json(event *e, const event_rec *r, size_t *n)
{
	const alert_incident *inc = r->inc;
	const char *sev = severity(e, inc);
	char lv[32], pk[32], sum[64 + 2 * sizeof lv];
	size_t i;

	e->n = 0;
	e->nomem = 0;
	adds(e, "{\"labels\":{\"alertname\":");
	add_json(e, e->o.name, strlen(e->o.name));
	for (i = 0; i < e->o.ngroups; i++) {
		adds(e, ",");
		add_json(e, e->o.groups[i].p, e->o.groups[i].n);
		adds(e, ":");
		add_json(e, r->vals[i].p, r->vals[i].n);
	}
	if (*sev) {
		adds(e, ",\"severity\":");
		add_json(e, sev, strlen(sev));
	}
	/* summary: "<score> above <level>, peak <peak>" */
	adds(e, "},\"annotations\":{\"summary\":");
	lv[num_format(lv, r->level, e->o.precision)] = '\0';
	pk[num_format(pk, inc->peak, e->o.precision)] = '\0';
	snprintf(sum, sizeof sum, " %s %s, peak %s", e->o.below ? "below" : "above", lv, pk);
	add(e, "\"", 1);
	add_esc(e, e->o.score, strlen(e->o.score));
	add_esc(e, sum, strlen(sum));
	add(e, "\"", 1);
	if (r->why.n > 0) {
		adds(e, ",\"why\":");
		add_json(e, r->why.p, r->why.n);
	}
	adds(e, "},\"startsAt\":");
	add_time(e, inc->start);
	if (!inc->open) {
		adds(e, ",\"endsAt\":");
		add_time(e, inc->end);
	}
	adds(e, "}");
	if (e->nomem)
		return NULL;
	*n = e->n;
	return e->buf;
}
