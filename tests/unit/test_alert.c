/* test_alert.c - the alert state machine at its boundaries, by hand. */
#include "alert.h"
#include "check.h"

#include <string.h>

static alert_opts
opts(double level)
{
	alert_opts o;

	memset(&o, 0, sizeof o);
	o.level = level;
	o.recover = level;
	o.for_rows = 1;
	o.clear_rows = 1;
	return o;
}

/* Feed xs at times 0, 1, 2, ... (or ts); firing states into out as a string
 * of '0'/'1'; returns the number of incidents closed. */
static int
run(alert *a, const double *xs, const double *ts, const long *supp, size_t n, char *out,
    alert_incident *last)
{
	size_t i;
	int closed = 0;
	alert_step st;
	alert_incident inc;

	for (i = 0; i < n; i++) {
		alert_update(a, ts ? ts[i] : (double)i, xs[i], supp ? supp[i] : 0, &st, &inc);
		out[i] = st.firing ? '1' : '0';
		if (st.closed) {
			closed++;
			if (last)
				*last = inc;
		}
	}
	out[n] = '\0';
	return closed;
}

static void
for_rows(void)
{
	alert_opts o = opts(1);
	double x[] = {0, 5, 5, 0, 5, 5, 5, 0};
	char s[16];
	alert_incident inc;
	alert *a;

	o.for_rows = 3;
	a = alert_new(&o);
	CHECK("--for 3: a run of 2 does not fire, of 3 does",
	      run(a, x, NULL, NULL, 8, s, &inc) == 1 && strcmp(s, "00000010") == 0);
	CHECK("incident from the onset (t=4) to the resolving point (t=7)",
	      inc.start == 4 && inc.end == 7 && inc.rows == 3 && inc.peak == 5 && !inc.open);
	alert_free(a);
}

static void
for_sec(void)
{
	alert_opts o = opts(1);
	double x[] = {5, 5, 5, 0, 5, 5, 5};
	double t[] = {0, 60, 119, 120, 200, 260, 320};
	char s[16];
	alert *a;

	o.for_sec = 120;
	a = alert_new(&o);
	run(a, x, t, NULL, 7, s, NULL);
	/* 119 - 0 < 120; 320 - 200 = 120 fires. */
	CHECK("--for 120s: 119s does not fire, 120s does", strcmp(s, "0000001") == 0);
	alert_free(a);
}

static void
clear_and_recover(void)
{
	alert_opts o = opts(1);
	double x[] = {5, 0, 5, 0, 0, 0};
	double y[] = {6, 4, 3.5, 3, 4, 6};
	char s[16];
	alert_incident inc;
	alert *a;

	o.clear_rows = 2;
	a = alert_new(&o);
	CHECK("--clear 2", run(a, x, NULL, NULL, 6, s, &inc) == 1 && strcmp(s, "111100") == 0);
	CHECK("cleared incident: 4 rows, ends at the resolving point",
	      inc.rows == 4 && inc.start == 0 && inc.end == 4);
	alert_free(a);

	o = opts(5);
	o.recover = 3;
	a = alert_new(&o);
	run(a, y, NULL, NULL, 6, s, NULL);
	CHECK("hysteresis: normal again only at or under 3", strcmp(s, "111001") == 0);
	alert_free(a);

	o = opts(1);
	o.clear_sec = 60;
	a = alert_new(&o);
	{
		double z[] = {5, 0, 0, 0};
		double t[] = {0, 10, 69, 70};

		run(a, z, t, NULL, 4, s, &inc);
		CHECK("--clear 60s from the first normal point", strcmp(s, "1110") == 0 &&
								    inc.end == 70 && inc.rows == 3);
	}
	alert_free(a);
}

static void
cooldown(void)
{
	alert_opts o = opts(1);
	double x[] = {5, 0, 5, 5, 5, 0};
	char s[16];
	alert_incident inc;
	alert *a;

	o.cool_rows = 2;
	a = alert_new(&o);
	CHECK("--cooldown 2 rows", run(a, x, NULL, NULL, 6, s, &inc) == 2 &&
					   strcmp(s, "100010") == 0);
	CHECK("held incident starts at its onset", inc.start == 2 && inc.rows == 3);
	alert_free(a);

	o = opts(1);
	o.cool_sec = 60;
	a = alert_new(&o);
	{
		double y[] = {5, 0, 5, 5};
		double t[] = {0, 10, 69, 70};

		run(a, y, t, NULL, 4, s, NULL);
		CHECK("--cooldown 60s: [10, 70) held", strcmp(s, "1001") == 0);
	}
	alert_free(a);
}

static void
suppression(void)
{
	alert_opts o = opts(1);
	double x[] = {5, 5, 5, 5, 5, 0};
	long supp[] = {0, 0, 7, 7, 0, 0};
	long supp2[] = {0, 0, 0, 0, 0, 3};
	char s[16];
	alert_incident inc[4];
	alert_step st;
	alert *a = alert_new(&o);
	size_t i;
	int k = 0;

	for (i = 0; i < 6; i++) {
		alert_update(a, (double)i, x[i], supp[i], &st, &inc[k]);
		s[i] = st.firing ? '1' : '0';
		if (st.closed)
			k++;
	}
	s[6] = '\0';
	CHECK("the state fires through the window", strcmp(s, "111110") == 0);
	CHECK("three pieces", k == 3);
	CHECK("piece 1", inc[0].start == 0 && inc[0].end == 2 && inc[0].rows == 2 && !inc[0].supp);
	CHECK("piece 2 suppressed", inc[1].start == 2 && inc[1].end == 4 && inc[1].rows == 2 &&
					    inc[1].supp == 7);
	CHECK("piece 3", inc[2].start == 4 && inc[2].end == 5 && inc[2].rows == 1 && !inc[2].supp);
	alert_free(a);

	/* The resolving point inside a window closes the incident once. */
	a = alert_new(&o);
	CHECK("resolve in a window: one incident", run(a, x, NULL, supp2, 6, s, inc) == 1 &&
							 inc[0].rows == 5 && inc[0].supp == 0);
	alert_free(a);
}

static void
tiers_and_open(void)
{
	alert_opts o = opts(3);
	double lv[] = {3, 5}, bl[] = {5, 1};
	double x[] = {1, 4, 6, 5};
	char s[16];
	alert_incident inc;
	alert *a;

	o.tiers = lv;
	o.ntiers = 2;
	a = alert_new(&o);
	CHECK("tiers: above, strict", alert_tier(a, 3) == -1 && alert_tier(a, 3.5) == 0 &&
					  alert_tier(a, 5) == 0 && alert_tier(a, 5.1) == 1);
	run(a, x, NULL, NULL, 4, s, NULL);
	CHECK("open incident", alert_open(a, &inc) == 1 && inc.open && inc.peak == 6 &&
				       inc.tier == 1 && inc.rows == 3 && inc.start == 1);
	alert_free(a);

	o = opts(10);
	o.below = 1;
	o.tiers = bl;
	o.ntiers = 2;
	a = alert_new(&o);
	CHECK("tiers: below", alert_tier(a, 8) == -1 && alert_tier(a, 4) == 0 &&
				  alert_tier(a, 0.5) == 1);
	CHECK("not firing: nothing open", alert_open(a, &inc) == 0);
	alert_set_level(a, 2, 2);
	{
		double y[] = {3, 1};

		run(a, y, NULL, NULL, 2, s, NULL);
		CHECK("set level, below", strcmp(s, "01") == 0);
	}
	alert_free(a);
	alert_free(NULL);
}

int
main(void)
{
	for_rows();
	for_sec();
	clear_and_recover();
	cooldown();
	suppression();
	tiers_and_open();
	return check_status();
}
