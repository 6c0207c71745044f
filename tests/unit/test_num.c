/* test_num.c - num_parse against strtod, num_format against snprintf. */
#include "check.h"
#include "num.h"
#include "rng.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
parse_s(const char *s, double *v)
{
	return num_parse(s, strlen(s), v);
}

static int
parses_to(const char *s, double want)
{
	double v = -12345;

	return parse_s(s, &v) == NUM_OK && v == want && signbit(v) == signbit(want);
}

static int
kind(const char *s)
{
	double v;

	return parse_s(s, &v);
}

static void
test_parse_cases(void)
{
	double v = 7;

	CHECK("integer", parses_to("42", 42));
	CHECK("negative integer", parses_to("-17", -17));
	CHECK("plus sign", parses_to("+3", 3));
	CHECK("decimal", parses_to("3.25", 3.25));
	CHECK("leading dot", parses_to(".5", 0.5));
	CHECK("trailing dot", parses_to("5.", 5));
	CHECK("negative decimal", parses_to("-0.125", -0.125));
	CHECK("leading zeros", parses_to("007.50", 7.5));
	CHECK("negative zero", parses_to("-0", -0.0));
	CHECK("exponent", parses_to("1e3", 1000));
	CHECK("exponent with sign and case", parses_to("2.5E-3", 0.0025));
	CHECK("exponent plus", parses_to("1.5e+2", 150));
	CHECK("big exponent", parses_to("1e300", 1e300));
	CHECK("tiny", parses_to("4.9406564584124654e-324", 4.9406564584124654e-324));
	CHECK("leading blanks", parses_to("  12", 12));
	CHECK("trailing blanks", parses_to("12 \t", 12));
	CHECK("both blanks", parses_to("\t-1.5  ", -1.5));
	CHECK("19 digits", parses_to("1234567890123456789", 1234567890123456789.0));
	CHECK("25 digits", parses_to("1234567890123456789012345", 1234567890123456789012345.0));
	CHECK("2^53 + 1 rounds to even", parses_to("9007199254740993", 9007199254740992.0));
	CHECK("0.1", parses_to("0.1", 0.1));
	CHECK("many fraction digits", parses_to("0.30000000000000004441", 0.30000000000000004441));
	CHECK("1e9 + noise", parses_to("1000000000.0009765625", 1000000000.0009765625));
	CHECK("long input (heap copy)",
	      parses_to("1.00000000000000000000000000000000000000000000000000000000000000000000000"
			"000000000000000000000000000000000000000000000000000000000000000001",
			1.0));

	CHECK("hex refused", kind("0x10") == NUM_BAD);
	CHECK("hex float refused", kind("0x1p3") == NUM_BAD);
	CHECK("hex with exponent form refused", kind("0x1e3") == NUM_BAD);
	CHECK("text", kind("abc") == NUM_BAD);
	CHECK("trailing text", kind("12abc") == NUM_BAD);
	CHECK("two dots", kind("1.2.3") == NUM_BAD);
	CHECK("sign only", kind("-") == NUM_BAD);
	CHECK("dot only", kind(".") == NUM_BAD);
	CHECK("dangling exponent", kind("1e") == NUM_BAD);
	CHECK("inner blank", kind("1 2") == NUM_BAD);
	CHECK("comma decimal refused", kind("1,5") == NUM_BAD);
	CHECK("unit suffix refused", kind("5ms") == NUM_BAD);
	CHECK("empty", kind("") == NUM_MISSING);
	CHECK("blanks only", kind("   ") == NUM_MISSING);
	CHECK("NaN", kind("NaN") == NUM_MISSING);
	CHECK("nan", kind("nan") == NUM_MISSING);
	CHECK("NA", kind("NA") == NUM_MISSING);
	CHECK("null", kind("null") == NUM_MISSING);
	CHECK("NULL", kind("NULL") == NUM_MISSING);
	CHECK("+Inf (Prometheus)", kind("+Inf") == NUM_MISSING);
	CHECK("-inf", kind("-inf") == NUM_MISSING);
	CHECK("Infinity", kind("Infinity") == NUM_MISSING);
	CHECK("overflow is missing, not inf", kind("1e999") == NUM_MISSING);
	CHECK("nanx is text", kind("nanx") == NUM_BAD);
	CHECK("N is text", kind("N") == NUM_BAD);
	CHECK("n bytes, not to the NUL", num_parse("12345", 2, &v) == NUM_OK && v == 12);
	v = 7;
	CHECK("out untouched when missing", num_parse("NA", 2, &v) == NUM_MISSING && v == 7);
	CHECK("out untouched when bad", num_parse("x", 1, &v) == NUM_BAD && v == 7);
	CHECK("embedded NUL refused", num_parse("1\0002", 3, &v) == NUM_BAD);
}

/* A random finite double: random bits, or a value of a common shape. */
static double
random_double(rng *r)
{
	uint64_t b;
	double x;

	switch (rng_below(r, 4)) {
	case 0:
		do {
			b = rng_u64(r);
			memcpy(&x, &b, sizeof x);
		} while (!isfinite(x));
		return x;
	case 1: /* metrics: a few digits and a fraction */
		return (double)(int64_t)rng_below(r, 2000000) / pow(10, (double)rng_below(r, 7)) - 1000;
	case 2: /* counters */
		return 1e9 + (double)rng_below(r, 1 << 20) / 1024;
	default:
		return (rng_uniform(r) - 0.5) * pow(10, (double)rng_below(r, 40) - 20);
	}
}

static void
test_parse_random(void)
{
	rng r;
	char s[64];
	int i, bad = 0, bad2 = 0, bad3 = 0;

	rng_seed(&r, 1);
	/* 17 significant digits round-trip every double exactly. */
	for (i = 0; i < 100000; i++) {
		double x = random_double(&r), v;

		snprintf(s, sizeof s, "%.17g", x);
		if (parse_s(s, &v) != NUM_OK || v != x) {
			if (bad++ < 3)
				printf("# %s -> %.17g\n", s, v);
		}
	}
	CHECK("17-digit round trip, 100000 values", bad == 0);

	/* Any precision: the same double as strtod. */
	for (i = 0; i < 100000; i++) {
		double x = random_double(&r), v;
		int p = 1 + (int)rng_below(&r, 20);

		snprintf(s, sizeof s, rng_below(&r, 2) ? "%.*g" : "%.*f", p, x);
		if (strlen(s) > 40)
			continue;
		if (parse_s(s, &v) != NUM_OK || v != strtod(s, NULL)) {
			if (bad2++ < 3)
				printf("# %s -> %.17g, strtod %.17g\n", s, v, strtod(s, NULL));
		}
	}
	CHECK("same as strtod, %g and %f at random precision", bad2 == 0);

	/* Random digit strings: up to 25 digits, a dot anywhere, a sign. */
	for (i = 0; i < 100000; i++) {
		int nd = 1 + (int)rng_below(&r, 25), dot = (int)rng_below(&r, (uint64_t)nd + 2), k, len = 0;
		double v;

		if (rng_below(&r, 3) == 0)
			s[len++] = '-';
		for (k = 0; k < nd; k++) {
			if (k == dot)
				s[len++] = '.';
			s[len++] = (char)('0' + rng_below(&r, 10));
		}
		s[len] = '\0';
		if (parse_s(s, &v) != NUM_OK || v != strtod(s, NULL) ||
		    signbit(v) != signbit(strtod(s, NULL))) {
			if (bad3++ < 3)
				printf("# %s -> %.17g, strtod %.17g\n", s, v, strtod(s, NULL));
		}
	}
	CHECK("same as strtod, random digit strings", bad3 == 0);
}

static int
formats_as(double x, int p, const char *want)
{
	char buf[64];
	size_t n = num_format(buf, x, p);

	return n == strlen(want) && strcmp(buf, want) == 0;
}

static void
test_format(void)
{
	rng r;
	char got[64], want[64];
	int i, p, bad = 0, badlen = 0;

	CHECK("format 1/3 p6", formats_as(1.0 / 3, 6, "0.333333"));
	CHECK("format 2.12132 p6", formats_as(3 / sqrt(2), 6, "2.12132"));
	CHECK("format large p6", formats_as(1e12, 6, "1e+12"));
	CHECK("format 2e11", formats_as(2e11, 6, "2e+11"));
	CHECK("format integer", formats_as(42, 6, "42"));
	CHECK("format negative", formats_as(-0.5, 6, "-0.5"));
	CHECK("format zero", formats_as(0, 6, "0"));
	CHECK("format -0 is 0", formats_as(-0.0, 6, "0"));
	CHECK("format inf is empty", formats_as(INFINITY, 6, ""));
	CHECK("format -inf is empty", formats_as(-INFINITY, 6, ""));
	CHECK("format nan is empty", formats_as(NAN, 6, ""));
	CHECK("format precision clamped low", formats_as(2.5, 0, "2"));
	CHECK("format precision clamped high", formats_as(0.1, 99, "0.10000000000000001"));
	CHECK("format 17 digits", formats_as(0.1, 17, "0.10000000000000001"));
	CHECK("format tie to even (0.125 p2)", formats_as(0.125, 2, "0.12"));
	CHECK("format tie to even (2.5 p1)", formats_as(2.5, 1, "2"));
	CHECK("format tie to even (3.5 p1)", formats_as(3.5, 1, "4"));
	CHECK("format 9.9999995 rounds up a digit", formats_as(9.9999996, 7, "10"));
	CHECK("format 1e-5 switches to exponent", formats_as(0.00001234, 3, "1.23e-05"));
	CHECK("format 1e-4 stays fixed", formats_as(0.0001234, 3, "0.000123"));
	CHECK("format p digits before exponent", formats_as(123456, 6, "123456"));
	CHECK("format one more: exponent", formats_as(1234567, 6, "1.23457e+06"));
	CHECK("format denormal", formats_as(4.9406564584124654e-324, 3, "4.94e-324"));
	CHECK("format max", formats_as(1.7976931348623157e308, 17, "1.7976931348623157e+308"));

	rng_seed(&r, 2);
	for (i = 0; i < 200000; i++) {
		double x = random_double(&r);
		size_t n;

		p = 1 + (int)(i % 17);
		if (i % 5 == 0) /* short decimals: ties and near-ties in the last digit */
			x = (double)(int64_t)rng_below(&r, 100000) / 1000 * (rng_below(&r, 2) ? 1 : -1);
		n = num_format(got, x, p);
		snprintf(want, sizeof want, "%.*g", p, x);
		if (x == 0)
			strcpy(want, "0");
		if (strcmp(got, want) != 0) {
			if (bad++ < 5)
				printf("# %.17g p%d: got %s, want %s\n", x, p, got, want);
		}
		if (n != strlen(got))
			badlen++;
	}
	CHECK("format = snprintf %.*g, 200000 values, precision 1..17", bad == 0);

	/* Around every power of ten the exponent estimate is corrected by a
	 * compare with a rounded power: the doubles next to each must still
	 * get printf's digits. */
	bad = 0;
	for (i = -30; i <= 30; i++) {
		double c = pow(10, i), xs[5];
		int k;

		xs[0] = c;
		xs[1] = nextafter(c, 0);
		xs[2] = nextafter(c, INFINITY);
		xs[3] = nextafter(xs[1], 0);
		xs[4] = -nextafter(xs[2], INFINITY);
		for (k = 0; k < 5; k++)
			for (p = 1; p <= 17; p++) {
				num_format(got, xs[k], p);
				snprintf(want, sizeof want, "%.*g", p, xs[k]);
				if (strcmp(got, want) != 0 && bad++ < 5)
					printf("# %.17g p%d: got %s, want %s\n", xs[k], p, got, want);
			}
	}
	CHECK("format = snprintf next to powers of ten 1e-30..1e30", bad == 0);
	CHECK("format returns the length", badlen == 0);
}

int
main(void)
{
	test_parse_cases();
	test_parse_random();
	test_format();
	return check_status();
}
