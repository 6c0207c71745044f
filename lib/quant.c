/*
 * quant.c - P-squared streaming quantile.
 */
#include "quant.h"

#include <math.h>
#include <stdlib.h>

struct quant {
	double p;       /* the quantile wanted */
	size_t n;       /* points seen */
	double h[5];    /* marker heights (the first points, sorted, while n < 5) */
	double pos[5];  /* marker positions, 1-based */
	double want[5]; /* desired positions */
	double step[5]; /* increment of the desired positions per point */
};

quant *
quant_new(double q)
{
	quant *e;

	if (!(q >= 0 && q <= 1))
		return NULL;
	e = calloc(1, sizeof *e);
	if (e == NULL)
		return NULL;
	e->p = q;
	return e;
}

void
quant_free(quant *e)
{
	free(e);
}

size_t
quant_count(const quant *e)
{
	return e->n;
}

/* Insert x into the sorted h[0..n). */
static void
insert_sorted(double *h, size_t n, double x)
{
	size_t i = n;

	while (i > 0 && h[i - 1] > x) {
		h[i] = h[i - 1];
		i--;
	}
	h[i] = x;
}

static double
parabolic(const quant *e, int i, double d)
{
	const double *q = e->h, *n = e->pos;

	return q[i] + d / (n[i + 1] - n[i - 1]) *
			      ((n[i] - n[i - 1] + d) * (q[i + 1] - q[i]) / (n[i + 1] - n[i]) +
			       (n[i + 1] - n[i] - d) * (q[i] - q[i - 1]) / (n[i] - n[i - 1]));
}

void
quant_add(quant *e, double x)
{
	int i, k;

	if (e->n < 5) {
		insert_sorted(e->h, e->n, x);
		if (++e->n == 5) {
			double p = e->p;

			for (i = 0; i < 5; i++)
				e->pos[i] = i + 1;
			e->want[0] = 1;
			e->want[1] = 1 + 2 * p;
			e->want[2] = 1 + 4 * p;
			e->want[3] = 3 + 2 * p;
			e->want[4] = 5;
			e->step[0] = 0;
			e->step[1] = p / 2;
			e->step[2] = p;
			e->step[3] = (1 + p) / 2;
			e->step[4] = 1;
		}
		return;
	}
	e->n++;
	if (x < e->h[0]) {
		e->h[0] = x;
		k = 0;
	} else if (x >= e->h[4]) {
		e->h[4] = x;
		k = 3;
	} else {
		for (k = 0; k < 3 && x >= e->h[k + 1]; k++)
			;
	}
	for (i = k + 1; i < 5; i++)
		e->pos[i] += 1;
	for (i = 0; i < 5; i++)
		e->want[i] += e->step[i];
	for (i = 1; i < 4; i++) {
		double d = e->want[i] - e->pos[i];

		if ((d >= 1 && e->pos[i + 1] - e->pos[i] > 1) ||
		    (d <= -1 && e->pos[i - 1] - e->pos[i] < -1)) {
			double qp;
			int s = d > 0 ? 1 : -1;

			qp = parabolic(e, i, s);
			if (!(e->h[i - 1] < qp && qp < e->h[i + 1]))
				qp = e->h[i] + s * (e->h[i + s] - e->h[i]) / (e->pos[i + s] - e->pos[i]);
			e->h[i] = qp;
			e->pos[i] += s;
		}
	}
}

double
quant_get(const quant *e)
{
	double r, f;
	size_t lo;

	if (e->n == 0)
		return NAN;
	if (e->n > 5)
		return e->h[2];
	/* Exact: linear between order statistics at rank q (n - 1). */
	r = e->p * (double)(e->n - 1);
	lo = (size_t)floor(r);
	f = r - (double)lo;
	if (lo + 1 >= e->n)
		return e->h[e->n - 1];
	return e->h[lo] + f * (e->h[lo + 1] - e->h[lo]);
}
