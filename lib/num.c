/*
 * num.c - number parsing and formatting for the row stream.
 *
 * Parsing takes Clinger's fast path: a decimal with at most 19 significant
 * digits whose mantissa fits in 53 bits and whose power of ten is at most
 * 22 is m * 10^e or m / 10^e, one correctly rounded IEEE operation on two
 * exact operands.  Everything else (long mantissas, large exponents) goes to
 * strtod on a NUL-terminated copy, so every result is correctly rounded.
 */
#include "num.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const double pow10tab[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

static int
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int
word_is(const char *p, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n && w[i]; i++)
		if (lower((unsigned char)p[i]) != w[i])
			return 0;
	return i == n && w[i] == '\0';
}

static int
is_missing_word(const char *p, size_t n)
{
	if (n > 0 && (p[0] == '+' || p[0] == '-')) {
		p++;
		n--;
	}
	return word_is(p, n, "nan") || word_is(p, n, "na") || word_is(p, n, "null") ||
	       word_is(p, n, "inf") || word_is(p, n, "infinity");
}

static int
slow_parse(const char *p, size_t n, double *out)
{
	char tmp[128];
	char *heap = NULL, *s = tmp, *end;
	size_t i;
	double v;

	for (i = 0; i < n; i++)
		if (p[i] == 'x' || p[i] == 'X' || p[i] == '\0')
			return NUM_BAD;
	if (n >= sizeof tmp) {
		heap = malloc(n + 1);
		if (heap == NULL)
			return NUM_BAD;
		s = heap;
	}
	memcpy(s, p, n);
	s[n] = '\0';
	v = strtod(s, &end);
	i = (size_t)(end - s);
	free(heap);
	if (i != n || n == 0)
		return NUM_BAD;
	if (!isfinite(v))
		return NUM_MISSING; /* overflow to inf: unusable as a number */
	*out = v;
	return NUM_OK;
}

int
num_parse(const char *p, size_t n, double *out)
{
	const char *s, *e;
	uint64_t m = 0;
	int digits = 0, exp10 = 0, neg = 0, any = 0;
	double v;

	while (n > 0 && is_blank(*p)) {
		p++;
		n--;
	}
	while (n > 0 && is_blank(p[n - 1]))
		n--;
	if (n == 0)
		return NUM_MISSING;
	s = p;
	e = p + n;
	if (*s == '+' || *s == '-')
		neg = *s++ == '-';
	while (s < e && *s == '0') {
		s++;
		any = 1;
	}
	for (; s < e && *s >= '0' && *s <= '9'; s++, any = 1) {
		if (digits < 19)
			m = m * 10 + (uint64_t)(*s - '0');
		else
			exp10++;
		if (m)
			digits++;
	}
	if (s < e && *s == '.') {
		for (s++; s < e && *s >= '0' && *s <= '9'; s++, any = 1) {
			if (digits < 19) {
				m = m * 10 + (uint64_t)(*s - '0');
				exp10--;
			}
			if (m)
				digits++;
		}
	}
	if (!any)
		return is_missing_word(p, n) ? NUM_MISSING : NUM_BAD;
	if (s < e && (*s == 'e' || *s == 'E'))
		return slow_parse(p, n, out);
	if (s != e)
		return NUM_BAD;
	if (digits > 19 || m > (UINT64_C(1) << 53) || exp10 < -22 || exp10 > 22)
		return slow_parse(p, n, out);
	v = (double)m;
	v = exp10 < 0 ? v / pow10tab[-exp10] : v * pow10tab[exp10];
	*out = neg ? -v : v;
	return NUM_OK;
}

size_t
num_format(char *buf, double x, int precision)
{
	int n;

	if (!isfinite(x)) {
		buf[0] = '\0';
		return 0;
	}
	if (precision < 1)
		precision = 1;
	if (precision > 17)
		precision = 17;
	if (x == 0)
		x = 0; /* no "-0" */
	n = snprintf(buf, 32, "%.*g", precision, x);
	return n < 0 ? 0 : (size_t)n;
}
