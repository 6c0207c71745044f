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
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

/*
 * The common case, kept short: [-]digits[.digits], no blanks, no exponent,
 * at most 19 digits.  1 with *out set, 0 if the general path must decide.
 */
static int
parse_simple(const char *p, size_t n, double *out)
{
	const char *s = p, *e = p + n, *d0;
	uint64_t m = 0;
	int neg = 0;
	long nd, frac = 0;

	if (s < e && *s == '-') {
		neg = 1;
		s++;
	}
	d0 = s;
	while (s < e && (unsigned)(*s - '0') < 10)
		m = m * 10 + (uint64_t)(*s++ - '0');
	if (s < e && *s == '.') {
		const char *f0 = ++s;

		while (s < e && (unsigned)(*s - '0') < 10)
			m = m * 10 + (uint64_t)(*s++ - '0');
		frac = s - f0;
	}
	nd = (s - d0) - (frac > 0 || (s > d0 && s[-1] == '.'));
	if (s != e || nd <= 0 || nd > 19 || m > (UINT64_C(1) << 53))
		return 0;
	*out = (double)m / pow10tab[frac]; /* frac <= 19: exact divisor */
	if (neg)
		*out = -*out;
	return 1;
}

int
num_parse(const char *p, size_t n, double *out)
{
	const char *s, *e;
	uint64_t m = 0;
	int digits = 0, exp10 = 0, neg = 0, any = 0;
	double v;

	if (parse_simple(p, n, out))
		return NUM_OK;
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

static const uint64_t pow10u[] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
	100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL,
	10000000000000ULL, 100000000000000ULL, 1000000000000000ULL,
};

/*
 * The p significant digits of ax > 0 as an integer m in [10^(p-1), 10^p),
 * with ax ~ m * 10^(e-p+1); 0 when the fast path does not apply.
 *
 * m = round(ax * 10^k), k = p-1-e.  For 0 <= k <= 22, 10^k is exact, so
 * prod = ax * 10^k is the exact product rounded once, and below 2^53 its
 * fraction d is exact.  Only a product that is an exact tie in double
 * (d = 0.5) can round differently from the exact value: the product's
 * rounding error (fma) then breaks the tie, and a true tie rounds to even,
 * as printf does.
 */
/* 10^-23 .. 10^22 as doubles (the negative powers rounded): 10^j is at
 * j + 23.  Compared with, they correct the exponent estimate. */
static const double pow10cmp[] = {
	1e-23, 1e-22, 1e-21, 1e-20, 1e-19, 1e-18, 1e-17, 1e-16, 1e-15, 1e-14, 1e-13, 1e-12,
	1e-11, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0,
	1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

static uint64_t
digits_of(double ax, int p, int *e10)
{
	uint64_t bits;
	int b, e, tries;

	memcpy(&bits, &ax, sizeof bits);
	/* A lower bound of floor(log10(ax)), short by one at most, from the
	 * binary exponent b: 1233/4096 is just below log10(2), and the shift
	 * floors.  A compare with the next power of ten corrects it without a
	 * branch (the data would make a branch a coin toss).  A rounded power
	 * can raise it for an ax within an ulp below a true power of ten; its
	 * p <= 15 digits are then that power's, at either scale.  The loop
	 * catches whatever is left. */
	b = (int)(bits >> 52) - 1023;
	e = (b * 1233 >> 12) - (b < 0);
	if (e >= -23 && e < 22)
		e += ax >= pow10cmp[e + 24];
	for (tries = 0; tries < 3; tries++) {
		int k = p - 1 - e;
		double prod, d;
		int64_t m; /* prod < 2^53: signed conversions, one instruction */

		if (k < 0 || k > 22)
			return 0;
		prod = ax * pow10tab[k];
		if (!(prod < 9007199254740992.0)) /* 2^53 */
			return 0;
		m = (int64_t)prod;
		d = prod - (double)m;
		m += d > 0.5;
		if (d == 0.5) {
			double err = fma(ax, pow10tab[k], -prod);

			m += err > 0 || (err == 0 && (m & 1));
		}
		if ((uint64_t)m >= pow10u[p - 1] && (uint64_t)m < pow10u[p]) {
			*e10 = e;
			return (uint64_t)m;
		}
		if ((uint64_t)m == pow10u[p]) { /* rounded up to the next power of ten */
			*e10 = e + 1;
			return pow10u[p - 1];
		}
		if ((uint64_t)m < pow10u[p - 1])
			return 0; /* cannot happen from a lower bound; be safe */
		e++;
	}
	return 0;
}

/* "00" "01" ... "99": two digits per division, half the divisions. */
static const char pairs[201] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

/* The p digits of m (exactly p: 10^(p-1) <= m < 10^p) at d, two per
 * division; 32-bit divisions while m fits, as it does for p <= 9. */
static void
put_digits(char *d, uint64_t m, int p)
{
	char *q = d + p;

	for (; m > UINT32_MAX; m /= 100, q -= 2)
		memcpy(q - 2, pairs + 2 * (m % 100), 2);
	for (uint32_t v = (uint32_t)m; q > d; v /= 100, q -= 2) {
		if (q - d == 1) {
			d[0] = (char)('0' + v);
			break;
		}
		memcpy(q - 2, pairs + 2 * (v % 100), 2);
	}
}

/* How many of the p digits at d are left once trailing zeros go (d[0] is
 * not '0').  With SSE2, a compare and a bit scan, not a loop whose length
 * the data picks. */
static int
sig_digits(const char *d, int p)
{
#ifdef __SSE2__
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)d);
	unsigned nz = ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('0')));

	nz &= (1u << p) - 1; /* p <= 15 */
	return 32 - __builtin_clz(nz);
#else
	while (p > 1 && d[p - 1] == '0')
		p--;
	return p;
#endif
}

/*
 * printf's %.*g from the p digits of m: exponent form when e < -4 or
 * e >= p, trailing zeros dropped (and the point with them).
 *
 * The fixed form is laid out without branches on the value, which z-scores
 * make unpredictable (the sign, whether |x| < 1, how many zeros end it).
 * For e < 0: "0.", -e-1 zeros, the digits.  For e >= 0: the first e+1
 * digits, a point, the rest.  Both are one prefix "0.000" overwritten by
 * the digits at off, a point at pt and a second copy of the digits, which
 * for e < 0 only repeats the first.  The work is done in a scratch and
 * copied out whole: the result is at most 22 bytes ("-0.0001" and 15
 * digits), and the copies stay inside t and dig.
 */
static size_t
format_g(char *buf, int neg, uint64_t m, int p, int e)
{
	char dig[32], t[48];
	char *o = t + neg;
	int nd, len;

	memset(dig, 0, sizeof dig); /* sig_digits and the copies read past p */
	t[0] = '-';
	put_digits(dig, m, p);
	nd = sig_digits(dig, p);
	if (e < -4 || e >= p) {
		int ae = e < 0 ? -e : e;

		*o++ = dig[0];
		if (nd > 1) {
			*o++ = '.';
			memcpy(o, dig + 1, 16);
			o += nd - 1;
		}
		*o++ = 'e';
		*o++ = e < 0 ? '-' : '+';
		if (ae >= 100)
			*o++ = (char)('0' + ae / 100);
		memcpy(o, pairs + 2 * (ae % 100), 2);
		len = (int)(o + 2 - t);
	} else {
		/* Selections by mask: compilers turn ?: here into branches. */
		int lt = -(e < 0), ni = e + 1, off = (1 - e) & lt;
		int pt = (1 & lt) | (ni & ~lt), to = (off & lt) | ((ni + 1) & ~lt);
		int from = ni & ~lt, fixed_len = ni + (nd > ni) * (nd + 1 - ni);

		memcpy(o, "0.000000", 8);
		memcpy(o + off, dig, 16);
		o[pt] = '.';
		memcpy(o + to, dig + from, 16);
		len = neg + (((off + nd) & lt) | (fixed_len & ~lt));
	}
	memcpy(buf, t, 24);
	buf[len] = '\0';
	return (size_t)len;
}

size_t
num_format(char *buf, double x, int precision)
{
	int n, e;
	uint64_t m;

	if (!isfinite(x)) {
		buf[0] = '\0';
		return 0;
	}
	if (precision < 1)
		precision = 1;
	if (precision > 17)
		precision = 17;
	if (x == 0) {
		buf[0] = '0'; /* never "-0" */
		buf[1] = '\0';
		return 1;
	}
	if (precision <= 15 && (m = digits_of(fabs(x), precision, &e)) != 0)
		return format_g(buf, x < 0, m, precision, e);
	n = snprintf(buf, 32, "%.*g", precision, x);
	return n < 0 ? 0 : (size_t)n;
}
