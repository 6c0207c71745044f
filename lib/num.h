/*
 * num.h - reading and writing the numbers in a row stream.
 */
#ifndef ADK_NUM_H
#define ADK_NUM_H

#include <stddef.h>

enum num_kind {
	NUM_OK = 0,   /* a finite number */
	NUM_MISSING,  /* empty, NaN, NA, null, or +-Inf (Prometheus' special values) */
	NUM_BAD       /* text that is not a number */
};

/*
 * Parse the n bytes at p as a decimal number (C locale; surrounding blanks
 * allowed; hex floats refused).  Returns an enum num_kind; *out is set only
 * for NUM_OK.
 */
int num_parse(const char *p, size_t n, double *out);

/*
 * Format x like printf("%.*g", precision, x) into buf (at least 32 bytes)
 * and return the length.  precision is clamped to 1..17.  Precision up to
 * 15 uses an exact integer path that is several times faster than snprintf;
 * it rounds half away from zero on the decimal value of x, which printf also
 * does except on exact binary ties.
 */
size_t num_format(char *buf, double x, int precision);

#endif
