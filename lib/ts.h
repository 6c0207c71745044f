/*
 * ts.h - timestamps and durations.
 */
#ifndef ADK_TS_H
#define ADK_TS_H

#include <stddef.h>

/*
 * Parse a timestamp into Unix epoch seconds (UTC).  Accepted:
 *   1700000000, 1700000000.123        epoch seconds (Prometheus)
 *   2024-03-01T12:00:00Z              ISO 8601, optional .fraction,
 *   2024-03-01T12:00:00+02:00         offset Z, +HH:MM, +HHMM or none (UTC)
 *   2024-03-01 12:00:00               space instead of T
 *   2024-03-01                        midnight UTC
 * Returns 0, or -1 if the text is none of these.
 */
int ts_parse(const char *p, size_t n, double *epoch);

/*
 * Parse a duration: a number followed by ms, s, m, h, d or w ("90s", "1.5h").
 * Returns 0 and sets *sec, 1 if s is a plain non-negative number (a count,
 * left in *sec), or -1 if it is neither.
 */
int ts_duration(const char *s, double *sec);

/* Days since 1970-01-01 of a proleptic Gregorian date. */
long long ts_days_from_civil(long long y, unsigned m, unsigned d);

#endif
