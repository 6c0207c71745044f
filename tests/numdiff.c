/*
 * numdiff - compare two CSV files field by field: numbers within a relative
 * tolerance, everything else exactly.  Used by the tests to check results
 * against committed reference vectors.
 *
 *   numdiff [-t TOL] GOT WANT      (- for stdin)
 *
 * Numbers a and b agree when |a - b| <= TOL * max(|a|, |b|), or both are
 * below 1e-300 in magnitude.  Exit 0 when the files agree, 1 with the first
 * difference on stderr otherwise, 2 on usage or I/O errors.
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *
open_arg(const char *f)
{
	FILE *fp = strcmp(f, "-") == 0 ? stdin : fopen(f, "r");

	if (fp == NULL) {
		perror(f);
		exit(2);
	}
	return fp;
}

static int
number(const char *s, double *v)
{
	char *end;

	if (*s == '\0')
		return 0;
	*v = strtod(s, &end);
	return *end == '\0';
}

int
main(int argc, char **argv)
{
	double tol = 1e-9;
	char *a = NULL, *b = NULL;
	size_t na = 0, nb = 0;
	long line = 0;
	FILE *fa, *fb;
	int argi = 1;

	if (argc > 2 && strcmp(argv[1], "-t") == 0) {
		tol = atof(argv[2]);
		argi = 3;
	}
	if (argc - argi != 2) {
		fprintf(stderr, "usage: numdiff [-t TOL] GOT WANT\n");
		return 2;
	}
	fa = open_arg(argv[argi]);
	fb = open_arg(argv[argi + 1]);
	for (;;) {
		ssize_t la = getline(&a, &na, fa), lb = getline(&b, &nb, fb);
		char *sa, *sb, *pa, *pb;
		int col = 0;

		line++;
		if (la < 0 && lb < 0)
			break;
		if (la < 0 || lb < 0) {
			fprintf(stderr, "numdiff: line %ld: %s ends first\n", line,
				la < 0 ? "GOT" : "WANT");
			return 1;
		}
		a[strcspn(a, "\r\n")] = '\0';
		b[strcspn(b, "\r\n")] = '\0';
		for (pa = a, pb = b;; col++) {
			double x, y;

			sa = strsep(&pa, ",");
			sb = strsep(&pb, ",");
			if (sa == NULL && sb == NULL)
				break;
			if (sa == NULL || sb == NULL) {
				fprintf(stderr, "numdiff: line %ld: field counts differ\n", line);
				return 1;
			}
			if (number(sa, &x) && number(sb, &y)) {
				double scale = fmax(fabs(x), fabs(y));

				if (fabs(x - y) <= tol * scale || scale < 1e-300)
					continue;
			} else if (strcmp(sa, sb) == 0) {
				continue;
			}
			fprintf(stderr, "numdiff: line %ld field %d: got '%s', want '%s'\n", line,
				col + 1, sa, sb);
			return 1;
		}
	}
	free(a);
	free(b);
	return 0;
}
