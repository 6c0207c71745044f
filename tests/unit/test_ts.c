/* test_ts.c - timestamps and durations; expected epochs from date -u -d. */
#include "check.h"
#include "ts.h"

#include <string.h>

static int
ts_is(const char *s, double want)
{
	double t = -1;

	return ts_parse(s, strlen(s), &t) == 0 && t == want;
}

static int
ts_bad(const char *s)
{
	double t = 12345;

	return ts_parse(s, strlen(s), &t) == -1 && t == 12345;
}

static int
dur_is(const char *s, int rc, double want)
{
	double v = -1;

	return ts_duration(s, &v) == rc && v == want;
}

int
main(void)
{
	/* date -u -d 2024-03-01T12:00:00Z +%s = 1709294400 */
	CHECK("epoch integer", ts_is("1700000000", 1700000000));
	CHECK("epoch fractional (Prometheus)", ts_is("1700000000.25", 1700000000.25));
	CHECK("epoch with blanks", ts_is(" 1700000000 ", 1700000000));
	CHECK("epoch exponent form", ts_is("1.7e9", 1.7e9));
	CHECK("ISO Z", ts_is("2024-03-01T12:00:00Z", 1709294400));
	CHECK("ISO lower-case t and z", ts_is("2024-03-01t12:00:00z", 1709294400));
	CHECK("ISO no offset is UTC", ts_is("2024-03-01T12:00:00", 1709294400));
	CHECK("ISO space", ts_is("2024-03-01 12:00:00", 1709294400));
	CHECK("ISO +02:00", ts_is("2024-03-01T14:00:00+02:00", 1709294400));
	CHECK("ISO +0200", ts_is("2024-03-01T14:00:00+0200", 1709294400));
	CHECK("ISO -05:30", ts_is("2024-03-01T06:30:00-05:30", 1709294400));
	CHECK("ISO fraction", ts_is("2024-03-01T12:00:00.5Z", 1709294400.5));
	CHECK("ISO comma fraction", ts_is("2024-03-01T12:00:00,25Z", 1709294400.25));
	CHECK("ISO millis", ts_is("2024-03-01T12:00:00.125+00:00", 1709294400.125));
	CHECK("ISO no seconds", ts_is("2024-03-01T12:00Z", 1709294400));
	CHECK("date only is midnight UTC", ts_is("2024-03-01", 1709251200));
	CHECK("epoch 0", ts_is("1970-01-01T00:00:00Z", 0));
	CHECK("leap day 2024", ts_is("2024-02-29", 1709164800));
	CHECK("leap day 2000", ts_is("2000-02-29", 951782400));
	CHECK("before 1970", ts_is("1969-12-31T23:59:59Z", -1));
	CHECK("day crossing by offset", ts_is("2024-03-01T01:00:00+02:00", 1709251200 - 3600));
	CHECK("year end", ts_is("2023-12-31T23:59:59Z", 1704067199));
	CHECK("blanks around ISO", ts_is(" 2024-03-01 ", 1709251200));

	CHECK("2023-02-29 refused", ts_bad("2023-02-29"));
	CHECK("1900-02-29 refused (century)", ts_bad("1900-02-29"));
	CHECK("month 13 refused", ts_bad("2024-13-01"));
	CHECK("month 0 refused", ts_bad("2024-00-10"));
	CHECK("day 0 refused", ts_bad("2024-01-00"));
	CHECK("April 31 refused", ts_bad("2024-04-31"));
	CHECK("hour 25 refused", ts_bad("2024-03-01T25:00:00Z"));
	CHECK("24:00:00 is the next midnight", ts_is("2024-02-29T24:00:00Z", 1709251200));
	CHECK("24:30 refused", ts_bad("2024-03-01T24:30:00Z"));
	CHECK("24:00:01 refused", ts_bad("2024-03-01T24:00:01Z"));
	CHECK("minute 60 refused", ts_bad("2024-03-01T12:60:00Z"));
	CHECK("seconds 61 refused", ts_bad("2024-03-01T12:00:61Z"));
	CHECK("offset hour 24 refused", ts_bad("2024-03-01T12:00:00+24:00"));
	CHECK("offset without minutes refused", ts_bad("2024-03-01T12:00:00+02"));
	CHECK("trailing text refused", ts_bad("2024-03-01T12:00:00Zjunk"));
	CHECK("short year refused", ts_bad("24-03-01"));
	CHECK("slashes refused", ts_bad("2024/03/01"));
	CHECK("one-digit month refused", ts_bad("2024-3-01 12:00"));
	CHECK("dangling fraction refused", ts_bad("2024-03-01T12:00:00.Z"));
	CHECK("text refused", ts_bad("yesterday"));
	CHECK("empty refused", ts_bad(""));
	CHECK("NaN refused", ts_bad("NaN"));

	CHECK("days_from_civil epoch", ts_days_from_civil(1970, 1, 1) == 0);
	CHECK("days_from_civil 2000-03-01", ts_days_from_civil(2000, 3, 1) == 11017);
	CHECK("days_from_civil before epoch", ts_days_from_civil(1969, 12, 31) == -1);
	CHECK("days_from_civil year 1", ts_days_from_civil(1, 1, 1) == -719162);

	CHECK("duration 90s", dur_is("90s", 0, 90));
	CHECK("duration 5m", dur_is("5m", 0, 300));
	CHECK("duration 1h", dur_is("1h", 0, 3600));
	CHECK("duration 1d", dur_is("1d", 0, 86400));
	CHECK("duration 1w", dur_is("1w", 0, 604800));
	CHECK("duration 1.5h", dur_is("1.5h", 0, 5400));
	CHECK("duration 250ms", dur_is("250ms", 0, 0.25));
	CHECK("duration 0s (caller refuses it)", dur_is("0s", 0, 0));
	CHECK("count 60", dur_is("60", 1, 60));
	CHECK("count 0", dur_is("0", 1, 0));
	CHECK("count fractional is left to the caller", dur_is("1.5", 1, 1.5));
	CHECK("negative count refused", dur_is("-5", -1, -1));
	CHECK("negative duration refused", dur_is("-5m", -1, -1));
	CHECK("unknown unit refused", dur_is("5y", -1, -1));
	CHECK("upper-case unit refused", dur_is("5M", -1, -1));
	CHECK("unit alone refused", dur_is("m", -1, -1));
	CHECK("double unit refused", dur_is("5mm", -1, -1));
	CHECK("text refused", dur_is("soon", -1, -1));
	CHECK("empty refused", dur_is("", -1, -1));
	CHECK("NaN refused", dur_is("nan", -1, -1));
	CHECK("nanm refused", dur_is("nanm", -1, -1));
	return check_status();
}
