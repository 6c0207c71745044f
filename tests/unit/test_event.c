/*
 * test_event.c - incidents as --events fields and Alertmanager v2 JSON.
 * Expected text is written out by hand from the record given (RFC 3339 of
 * 1709251200 is 2024-03-01T00:00:00Z: 19783 days after the epoch).
 */
#include "check.h"
#include "event.h"

static rows_field
fld(const char *s)
{
	rows_field f;

	f.p = s;
	f.n = strlen(s);
	return f;
}

static int
fields_are(const rows_field *f, size_t n, const char *const *want, size_t nw)
{
	size_t i;

	if (n != nw)
		return 0;
	for (i = 0; i < n; i++)
		if (f[i].n != strlen(want[i]) || memcmp(f[i].p, want[i], f[i].n) != 0)
			return 0;
	return 1;
}

int
main(void)
{
	const char *tiers[] = {"warn", "page"};
	rows_field groups[] = {{"host", 4}, {"dc", 2}}, vals[] = {{"we\"b", 4}, {"x1", 2}};
	event_opts o = {"adkit", "score", 0, 6, 1, tiers, 2, groups, 2};
	alert_incident inc = {1709251200, 1709251290.25, 4, 7.5, 1, 3, 0};
	event_rec r;
	event *e = event_new(&o);
	const rows_field *f;
	const char *line;
	size_t n;

	CHECK("new", e != NULL);
	n = event_header(e, &f);
	{
		const char *want[] = {"host", "dc", "start", "end", "duration", "rows", "peak",
				      "severity", "why", "suppressed", "reason"};

		CHECK("header", fields_are(f, n, want, 11));
	}
	memset(&r, 0, sizeof r);
	r.inc = &inc;
	r.vals = vals;
	r.start = fld("2024-03-01T00:00:00Z");
	r.end = fld("2024-03-01T00:01:30.25Z");
	r.why = fld("cpu high");
	r.level = 5;
	r.reason = "deploy";
	n = event_row(e, &r, &f);
	{
		const char *want[] = {"we\"b", "x1", "2024-03-01T00:00:00Z", "2024-03-01T00:01:30.25Z",
				      "90.25", "4", "7.5", "page", "cpu high", "1", "deploy"};

		CHECK("events row", fields_are(f, n, want, 11));
	}
	line = event_json(e, &r, &n);
	CHECK("json", line != NULL &&
			      strcmp(line, "{\"labels\":{\"alertname\":\"adkit\",\"host\":\"we\\\"b\","
					   "\"dc\":\"x1\",\"severity\":\"page\"},\"annotations\":"
					   "{\"summary\":\"score above 5, peak 7.5\",\"why\":\"cpu "
					   "high\"},\"startsAt\":\"2024-03-01T00:00:00Z\",\"endsAt\":"
					   "\"2024-03-01T00:01:30.250Z\"}") == 0 &&
			      n == strlen(line));
	/* Open, not suppressed, no tier, below, untimed (line numbers). */
	inc.open = 1;
	inc.supp = 0;
	inc.tier = -1;
	inc.peak = -2;
	r.end = fld("");
	r.why = fld("");
	event_free(e);
	o.below = 1;
	o.timed = 0;
	o.ngroups = 0;
	e = event_new(&o);
	n = event_row(e, &r, &f);
	{
		const char *want[] = {"2024-03-01T00:00:00Z", "", "", "4", "-2", "", "", "0", ""};

		CHECK("events row, open", fields_are(f, n, want, 9));
	}
	line = event_json(e, &r, &n);
	CHECK("json, open: no endsAt, no why, no severity",
	      line != NULL && strcmp(line, "{\"labels\":{\"alertname\":\"adkit\"},\"annotations\":"
					   "{\"summary\":\"score below 5, peak -2\"},\"startsAt\":"
					   "\"2024-03-01T00:00:00Z\"}") == 0);
	/* Control characters are escaped. */
	r.why = fld("a\tb\nc\x01");
	line = event_json(e, &r, &n);
	CHECK("json escapes", line != NULL && strstr(line, "\"why\":\"a\\tb\\nc\\u0001\"") != NULL);
	event_free(e);
	event_free(NULL);
	return check_status();
}
