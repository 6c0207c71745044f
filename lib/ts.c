/*
 * ts.c - timestamps and durations.
 */
#include "ts.h"
#include "num.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Howard Hinnant's days_from_civil: shift the year to start in March so the
 * leap day falls at its end, then count 400-year eras of 146097 days. */
long long
ts_days_from_civil(long long y, unsigned m, unsigned d)
{
	long long era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long long)doe - 719468;
}

/* Read exactly k digits at *p (p < e); -1 if they are not all there. */
static long
digits(const char **p, const char *e, int k)
{
	long v = 0;
	int i;

	for (i = 0; i < k; i++) {
		if (*p >= e || **p < '0' || **p > '9')
			return -1;
		v = v * 10 + (**p - '0');
		(*p)++;
	}
	return v;
}

static int
leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
parse_iso(const char *p, const char *e, double *epoch)
{
	static const unsigned mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	long y, mo, d, hh = 0, mi = 0, ss = 0, oh, om;
	double frac = 0, scale = 0.1;
	long off = 0;

	if ((y = digits(&p, e, 4)) < 0 || p >= e || *p++ != '-' ||
	    (mo = digits(&p, e, 2)) < 0 || p >= e || *p++ != '-' || (d = digits(&p, e, 2)) < 0)
		return -1;
	if (mo < 1 || mo > 12 || d < 1 || d > (long)mdays[mo - 1] + (mo == 2 && leap(y)))
		return -1;
	if (p < e) {
		if (*p != 'T' && *p != ' ' && *p != 't')
			return -1;
		p++;
		if ((hh = digits(&p, e, 2)) < 0 || p >= e || *p++ != ':' || (mi = digits(&p, e, 2)) < 0)
			return -1;
		if (p < e && *p == ':') {
			p++;
			if ((ss = digits(&p, e, 2)) < 0)
				return -1;
			if (p < e && (*p == '.' || *p == ',')) {
				p++;
				if (p >= e || *p < '0' || *p > '9')
					return -1;
				for (; p < e && *p >= '0' && *p <= '9'; p++, scale /= 10)
					frac += (*p - '0') * scale;
			}
		}
		/* 24:00:00 is the end of the day; 24:30 is no time at all. */
		if (hh > 24 || mi > 59 || ss > 60 || (hh == 24 && (mi > 0 || ss > 0 || frac > 0)))
			return -1;
		if (p < e && (*p == 'Z' || *p == 'z')) {
			p++;
		} else if (p < e && (*p == '+' || *p == '-')) {
			int sign = *p++ == '-' ? -1 : 1;

			if ((oh = digits(&p, e, 2)) < 0)
				return -1;
			if (p < e && *p == ':')
				p++;
			if ((om = digits(&p, e, 2)) < 0 || oh > 23 || om > 59)
				return -1;
			off = sign * (oh * 3600 + om * 60);
		}
		if (p != e)
			return -1;
	}
	*epoch = (double)(ts_days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400 + hh * 3600 +
			  mi * 60 + ss - off) + frac;
	return 0;
}

int
ts_parse(const char *p, size_t n, double *epoch)
{
	while (n > 0 && (*p == ' ' || *p == '\t')) {
		p++;
		n--;
	}
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	if (n >= 10 && p[4] == '-')
		return parse_iso(p, p + n, epoch);
	return num_parse(p, n, epoch) == NUM_OK ? 0 : -1;
}

int
ts_duration(const char *s, double *sec)
{
	static const struct {
		const char *unit;
		double sec;
	} units[] = {
		{"ms", 0.001}, {"s", 1}, {"m", 60}, {"h", 3600}, {"d", 86400}, {"w", 604800},
	};
	size_t n = strlen(s), u, k;
	double v;

	if (num_parse(s, n, &v) == NUM_OK) {
		if (v < 0)
			return -1;
		*sec = v;
		return 1;
	}
	/* "ms" comes before "s" and "m" in the table, so "5ms" is 5 ms. */
	for (u = 0; u < sizeof units / sizeof units[0]; u++) {
		k = strlen(units[u].unit);
		if (n > k && strcmp(s + n - k, units[u].unit) == 0 &&
		    num_parse(s, n - k, &v) == NUM_OK && v >= 0) {
			*sec = v * units[u].sec;
			return 0;
		}
	}
	return -1;
}
