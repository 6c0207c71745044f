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
 * and return the length (0, and an empty string, unless x is finite; 0 is
 * written "0", never "-0").  precision is clamped to 1..17.  Up to 15 digits
 * of most values take an exact integer path several times faster than
 * snprintf, with the same digits (correct rounding, ties to even).
 */
size_t num_format(char *buf, double x, int precision);

#endif
