/*
 * ae.c - the dense autoencoder of ae.h.
 *
 * Layout: every layer's weights are one row-major (in x out) block of the
 * padded widths, followed by its biases, all in one float array, so that a
 * forward pass is, for each row, y = b; y += x_i W_i. (one row of W per input)
 * with the inner loop over contiguous outputs, and Adam is one loop over
 * the array.  The backward pass for the inputs' gradient uses a transposed
 * copy of W so that its inner loop is contiguous too.
 */
#include "ae.h"

#include "blob.h"
#include "stats.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NL_MAX (2 * AE_MAX_LAYERS)

struct ae {
	size_t nin;           /* features */
	size_t k;             /* encoder layers */
	size_t nl;            /* dense layers, 2k */
	size_t w[NL_MAX + 1]; /* real widths of the layer boundaries; w[0] = w[nl] = nin */
	size_t p[NL_MAX + 1]; /* padded widths: p[0] = nin (the input is not padded),
			       * the others rounded up to AE_LANE */
	size_t off[NL_MAX];   /* layer l's W at par + off[l], its biases after it */
	size_t maxp;          /* the largest p[l] */
	int act;              /* AE_RELU or AE_TANH */
	float *par;           /* every parameter, npar floats */
	size_t npar;
	char **names;         /* nin column names, NUL-terminated */
	double *mean, *sd;    /* scaling, nin each */
	double q[AE_NQ];      /* training-error quantiles */
};

struct ae_trainer {
	ae *m;                 /* borrowed */
	ae_train_opts o;
	float *a[NL_MAX + 1];  /* activations of a batch: a[0] the input (batch x nin),
				* a[l] batch x p[l] */
	float *tgt;            /* the batch's clean rows, the targets (batch x nin) */
	float *g, *d;          /* gradients w.r.t. a layer's output and input (batch x maxp) */
	float *wt;             /* one layer's weights transposed (maxp x maxp) */
	float *grad, *mom, *vel; /* per parameter: gradient, Adam's first and second moments */
	long step;             /* Adam steps taken */
	int has_spare;         /* rng_normal's spare value */
	double spare;
};

static size_t
pad(size_t n)
{
	return (n + AE_LANE - 1) / AE_LANE * AE_LANE;
}

static ae *
alloc(size_t nin, const size_t *h, size_t k, int act)
{
	ae *m;
	size_t l, j;

	if (nin < 1 || nin > 1000000 || k < 1 || k > AE_MAX_LAYERS || (act != AE_RELU && act != AE_TANH))
		return NULL;
	for (l = 0; l < k; l++)
		if (h[l] < 1 || h[l] > AE_MAX_WIDTH)
			return NULL;
	if ((m = calloc(1, sizeof *m)) == NULL)
		return NULL;
	m->nin = nin;
	m->k = k;
	m->nl = 2 * k;
	m->act = act;
	m->w[0] = m->w[m->nl] = nin;
	for (l = 0; l < k; l++)
		m->w[l + 1] = m->w[m->nl - 1 - l] = h[l];
	m->p[0] = nin;
	m->maxp = nin;
	for (l = 1; l <= m->nl; l++) {
		m->p[l] = pad(m->w[l]);
		if (m->p[l] > m->maxp)
			m->maxp = m->p[l];
	}
	for (l = 0; l < m->nl; l++) {
		m->off[l] = m->npar;
		m->npar += (m->p[l] + 1) * m->p[l + 1];
	}
	m->par = calloc(m->npar, sizeof *m->par);
	m->names = calloc(nin, sizeof *m->names);
	m->mean = calloc(nin, sizeof *m->mean);
	m->sd = calloc(nin, sizeof *m->sd);
	if (!m->par || !m->names || !m->mean || !m->sd) {
		ae_free(m);
		return NULL;
	}
	for (j = 0; j < nin; j++) {
		char buf[24];

		m->sd[j] = 1;
		snprintf(buf, sizeof buf, "%zu", j + 1);
		if (ae_set_name(m, j, buf, strlen(buf)) < 0) {
			ae_free(m);
			return NULL;
		}
	}
	return m;
}

ae *
ae_new(size_t nin, const size_t *h, size_t k, int act, rng *r)
{
	ae *m = alloc(nin, h, k, act);
	size_t l, i, o;

	if (m == NULL)
		return NULL;
	/* U(-1/sqrt(fan_in), 1/sqrt(fan_in)) for weights and biases, PyTorch's
	 * default: at 20 epochs He and Glorot init ended 5-100% higher in loss,
	 * with more dead relu units. */
	for (l = 0; l < m->nl; l++) {
		size_t in = m->w[l], out = m->w[l + 1];
		double lim = 1 / sqrt((double)in);

		for (i = 0; i <= in; i++)
			for (o = 0; o < out; o++)
				*ae_param(m, l, i, o) = (float)((2 * rng_uniform(r) - 1) * lim);
	}
	return m;
}

void
ae_free(ae *m)
{
	size_t j;

	if (m == NULL)
		return;
	if (m->names)
		for (j = 0; j < m->nin; j++)
			free(m->names[j]);
	free(m->names);
	free(m->mean);
	free(m->sd);
	free(m->par);
	free(m);
}

size_t
ae_nin(const ae *m)
{
	return m->nin;
}

size_t
ae_nlayers(const ae *m)
{
	return m->nl;
}

size_t
ae_width(const ae *m, size_t l)
{
	return m->w[l];
}

int
ae_activation(const ae *m)
{
	return m->act;
}

int
ae_set_name(ae *m, size_t j, const char *s, size_t n)
{
	char *c = malloc(n + 1);

	if (c == NULL)
		return -1;
	memcpy(c, s, n);
	c[n] = '\0';
	free(m->names[j]);
	m->names[j] = c;
	return 0;
}

const char *
ae_name(const ae *m, size_t j)
{
	return m->names[j];
}

void
ae_fit_scaling(ae *m, float *X, size_t n, const double *shift)
{
	size_t i, j, d = m->nin;

	for (j = 0; j < d; j++) {
		double s = 0, ss = 0, mu, sd, sh = shift ? shift[j] : 0;

		for (i = 0; i < n; i++)
			s += X[i * d + j];
		mu = s / (double)n;
		for (i = 0; i < n; i++)
			ss += (X[i * d + j] - mu) * (X[i * d + j] - mu);
		sd = sqrt(ss / (double)n);
		if (!(sd > 1e-12 * fmax(1, fabs(mu + sh))))
			sd = 1;
		for (i = 0; i < n; i++)
			X[i * d + j] = (float)((X[i * d + j] - mu) / sd);
		m->mean[j] = mu + sh;
		m->sd[j] = sd;
	}
}

double
ae_mean(const ae *m, size_t j)
{
	return m->mean[j];
}

double
ae_sd(const ae *m, size_t j)
{
	return m->sd[j];
}

float *
ae_param(ae *m, size_t l, size_t i, size_t o)
{
	float *w = m->par + m->off[l];

	if (i == m->w[l])
		return w + m->p[l] * m->p[l + 1] + o;
	return w + i * m->p[l + 1] + o;
}

/* ---- the kernels ---- */

/* y[0..out) = b + x[0..in) W, W row-major in x out; out a multiple of AE_LANE. */
static void
dense(const float *restrict x, size_t in, const float *restrict W, const float *restrict b,
      size_t out, float *restrict y)
{
	size_t i, o, k;

	for (o = 0; o < out; o += AE_LANE)
		for (k = 0; k < AE_LANE; k++)
			y[o + k] = b[o + k];
	for (i = 0; i < in; i++) {
		const float a = x[i];
		const float *restrict wr = W + i * out;

		/* Zero inputs (relu's) add nothing: skip their row of W. */
		if (a == 0)
			continue;
		for (o = 0; o < out; o += AE_LANE)
			for (k = 0; k < AE_LANE; k++)
				y[o + k] += a * wr[o + k];
	}
}

/*
 * Y[r] = b + X[r] W for the nb rows of X (row stride ldx, in values used;
 * b NULL: 0), Y's rows out floats apart.  Four rows at a time, so that each
 * block of W read serves four rows from registers.
 */
static void
matmul(const float *restrict X, size_t ldx, size_t nb, size_t in, const float *restrict W,
       const float *restrict b, size_t out, float *restrict Y)
{
	size_t r = 0, i, o, k;

	for (; r + 4 <= nb; r += 4) {
		const float *x0 = X + r * ldx, *x1 = x0 + ldx, *x2 = x1 + ldx, *x3 = x2 + ldx;
		float *y0 = Y + r * out, *y1 = y0 + out, *y2 = y1 + out, *y3 = y2 + out;

		for (o = 0; o < out; o += AE_LANE) {
			float a0[AE_LANE], a1[AE_LANE], a2[AE_LANE], a3[AE_LANE];

			for (k = 0; k < AE_LANE; k++)
				a0[k] = a1[k] = a2[k] = a3[k] = b ? b[o + k] : 0;
			for (i = 0; i < in; i++) {
				const float *restrict w = W + i * out + o;
				const float v0 = x0[i], v1 = x1[i], v2 = x2[i], v3 = x3[i];

				for (k = 0; k < AE_LANE; k++) {
					a0[k] += v0 * w[k];
					a1[k] += v1 * w[k];
					a2[k] += v2 * w[k];
					a3[k] += v3 * w[k];
				}
			}
			for (k = 0; k < AE_LANE; k++) {
				y0[o + k] = a0[k];
				y1[o + k] = a1[k];
				y2[o + k] = a2[k];
				y3[o + k] = a3[k];
			}
		}
	}
	for (; r < nb; r++) {
		const float *x0 = X + r * ldx;
		float *y0 = Y + r * out;

		for (o = 0; o < out; o += AE_LANE) {
			float a0[AE_LANE];

			for (k = 0; k < AE_LANE; k++)
				a0[k] = b ? b[o + k] : 0;
			for (i = 0; i < in; i++) {
				const float *restrict w = W + i * out + o;
				const float v0 = x0[i];

				for (k = 0; k < AE_LANE; k++)
					a0[k] += v0 * w[k];
			}
			for (k = 0; k < AE_LANE; k++)
				y0[o + k] = a0[k];
		}
	}
}

/*
 * G += X^T D over nb rows: G (in x out) row-major, X's rows ldx apart (in
 * used), D's rows out apart.  Four inputs at a time, the sums over rows held
 * in registers.
 */
static void
matmul_tn(const float *restrict X, size_t ldx, size_t nb, size_t in, const float *restrict D,
	  size_t out, float *restrict G)
{
	size_t r, i = 0, o, k;

	for (; i + 4 <= in; i += 4) {
		for (o = 0; o < out; o += AE_LANE) {
			float a0[AE_LANE], a1[AE_LANE], a2[AE_LANE], a3[AE_LANE];
			float *g0 = G + i * out + o, *g1 = g0 + out, *g2 = g1 + out, *g3 = g2 + out;

			for (k = 0; k < AE_LANE; k++) {
				a0[k] = g0[k];
				a1[k] = g1[k];
				a2[k] = g2[k];
				a3[k] = g3[k];
			}
			for (r = 0; r < nb; r++) {
				const float *restrict x = X + r * ldx + i, *restrict d = D + r * out + o;
				const float v0 = x[0], v1 = x[1], v2 = x[2], v3 = x[3];

				for (k = 0; k < AE_LANE; k++) {
					a0[k] += v0 * d[k];
					a1[k] += v1 * d[k];
					a2[k] += v2 * d[k];
					a3[k] += v3 * d[k];
				}
			}
			for (k = 0; k < AE_LANE; k++) {
				g0[k] = a0[k];
				g1[k] = a1[k];
				g2[k] = a2[k];
				g3[k] = a3[k];
			}
		}
	}
	for (; i < in; i++) {
		for (o = 0; o < out; o += AE_LANE) {
			float a0[AE_LANE], *g0 = G + i * out + o;

			for (k = 0; k < AE_LANE; k++)
				a0[k] = g0[k];
			for (r = 0; r < nb; r++) {
				const float v0 = X[r * ldx + i], *restrict d = D + r * out + o;

				for (k = 0; k < AE_LANE; k++)
					a0[k] += v0 * d[k];
			}
			for (k = 0; k < AE_LANE; k++)
				g0[k] = a0[k];
		}
	}
}

/* Whether boundary l goes through the activation: every one but the input,
 * the code (the bottleneck, linear so that no code unit can die) and the
 * output. */
static int
hidden(const ae *m, size_t l)
{
	return l > 0 && l != m->k && l < m->nl;
}

static void
activate(float *restrict y, size_t n, int act)
{
	size_t o, k;

	if (act == AE_RELU) {
		for (o = 0; o < n; o += AE_LANE)
			for (k = 0; k < AE_LANE; k++)
				y[o + k] = y[o + k] > 0 ? y[o + k] : 0;
	} else {
		for (o = 0; o < n; o++)
			y[o] = tanhf(y[o]);
	}
}

size_t
ae_work_size(const ae *m)
{
	return 2 * m->maxp;
}

double
ae_error(const ae *m, const double *x, double *e, float *work)
{
	float *u = work, *v = work + m->maxp, *t;
	double sum = 0;
	size_t j, l;

	for (j = 0; j < m->nin; j++)
		u[j] = (float)((x[j] - m->mean[j]) / m->sd[j]);
	for (l = 0; l < m->nl; l++) {
		const float *W = m->par + m->off[l];

		dense(u, m->p[l], W, W + m->p[l] * m->p[l + 1], m->p[l + 1], v);
		if (l + 1 < m->nl)
			if (hidden(m, l + 1))
				activate(v, m->p[l + 1], m->act);
		t = u, u = v, v = t;
	}
	for (j = 0; j < m->nin; j++) {
		double z = (x[j] - m->mean[j]) / m->sd[j], dz = (double)u[j] - z;

		if (e)
			e[j] = dz * dz;
		sum += dz * dz;
	}
	return sum / (double)m->nin;
}

void
ae_set_quantiles(ae *m, double *err, size_t n)
{
	size_t k;

	st_sort(err, n);
	for (k = 0; k < AE_NQ; k++)
		m->q[k] = st_quantile_sorted(err, n, (double)k / (AE_NQ - 1));
}

double
ae_pct(const ae *m, double s)
{
	size_t lo = 0, hi = AE_NQ - 1, mid;

	if (isnan(s))
		return s;
	if (s < m->q[0])
		return 0;
	if (s >= m->q[AE_NQ - 1])
		return 1;
	/* q[lo] <= s < q[hi] */
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (m->q[mid] <= s)
			lo = mid;
		else
			hi = mid;
	}
	return ((double)lo + (s - m->q[lo]) / (m->q[lo + 1] - m->q[lo])) / (AE_NQ - 1);
}

/* ---- files ---- */

int
ae_save(const ae *m, const char *path)
{
	blob *b = blob_new();
	size_t j, l, i;
	int rc = 0;

	if (b == NULL)
		return BLOB_ENOMEM;
	rc |= blob_put_u32(b, (uint32_t)m->nin);
	for (j = 0; j < m->nin; j++)
		rc |= blob_put_str(b, m->names[j], strlen(m->names[j]));
	rc |= blob_put_f64s(b, m->mean, m->nin);
	rc |= blob_put_f64s(b, m->sd, m->nin);
	rc |= blob_put_u32(b, (uint32_t)m->act);
	rc |= blob_put_u32(b, (uint32_t)m->k);
	for (l = 1; l <= m->k; l++)
		rc |= blob_put_u32(b, (uint32_t)m->w[l]);
	for (l = 0; l < m->nl; l++) {
		const float *W = m->par + m->off[l];

		/* Unpadded: the padding is this build's business. */
		for (i = 0; i <= m->w[l]; i++)
			rc |= blob_put_f32s(b, i < m->w[l] ? W + i * m->p[l + 1]
							   : W + m->p[l] * m->p[l + 1],
					    m->w[l + 1]);
	}
	rc |= blob_put_u32(b, AE_NQ);
	rc |= blob_put_f64s(b, m->q, AE_NQ);
	if (rc == 0)
		rc = blob_save(b, path, "ae", AE_VERSION);
	else
		rc = BLOB_ENOMEM;
	blob_free(b);
	return rc;
}

static int
finite_all(const float *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isfinite(v[i]))
			return 0;
	return 1;
}

/* Read the payload after the version check; AE_EBAD when it makes no sense. */
static int
read_model(blob *b, ae **out)
{
	uint32_t nin, act, k, h32, nq;
	size_t h[AE_MAX_LAYERS], j, l, i;
	const char **names = NULL;
	size_t *lens = NULL;
	ae *m = NULL;
	int rc = AE_EBAD;

	if (blob_get_u32(b, &nin) < 0 || nin < 1 || nin > 1000000)
		return AE_EBAD;
	names = calloc(nin, sizeof *names);
	lens = calloc(nin, sizeof *lens);
	if (!names || !lens) {
		rc = BLOB_ENOMEM;
		goto out;
	}
	for (j = 0; j < nin; j++)
		if (blob_get_str(b, &names[j], &lens[j]) < 0)
			goto out;
	/* Scaling is read into a model once the architecture is known. */
	{
		double *mean = malloc(nin * sizeof *mean), *sd = malloc(nin * sizeof *sd);

		if (!mean || !sd || blob_get_f64s(b, mean, nin) < 0 || blob_get_f64s(b, sd, nin) < 0 ||
		    blob_get_u32(b, &act) < 0 || blob_get_u32(b, &k) < 0 || k < 1 || k > AE_MAX_LAYERS) {
			rc = !mean || !sd ? BLOB_ENOMEM : AE_EBAD;
			free(mean);
			free(sd);
			goto out;
		}
		for (l = 0; l < k; l++) {
			if (blob_get_u32(b, &h32) < 0)
				break;
			h[l] = h32;
		}
		if (l < k || (m = alloc(nin, h, k, (int)act)) == NULL) {
			free(mean);
			free(sd);
			goto out;
		}
		memcpy(m->mean, mean, nin * sizeof *mean);
		memcpy(m->sd, sd, nin * sizeof *sd);
		free(mean);
		free(sd);
	}
	for (j = 0; j < nin; j++) {
		if (!isfinite(m->mean[j]) || !(m->sd[j] > 0) || !isfinite(m->sd[j]))
			goto out;
		if (ae_set_name(m, j, names[j], lens[j]) < 0) {
			rc = BLOB_ENOMEM;
			goto out;
		}
	}
	for (l = 0; l < m->nl; l++)
		for (i = 0; i <= m->w[l]; i++) {
			float *row = ae_param(m, l, i, 0);

			if (blob_get_f32s(b, row, m->w[l + 1]) < 0 || !finite_all(row, m->w[l + 1]))
				goto out;
		}
	if (blob_get_u32(b, &nq) < 0 || nq != AE_NQ || blob_get_f64s(b, m->q, AE_NQ) < 0)
		goto out;
	for (j = 0; j < AE_NQ; j++)
		if (!isfinite(m->q[j]) || (j > 0 && m->q[j] < m->q[j - 1]))
			goto out;
	if (blob_left(b) != 0)
		goto out;
	*out = m;
	m = NULL;
	rc = 0;
out:
	ae_free(m);
	free(names);
	free(lens);
	return rc;
}

int
ae_load(const char *path, ae **out, uint32_t *version)
{
	blob *b = NULL;
	int rc;

	*out = NULL;
	*version = AE_VERSION;
	rc = blob_load(path, "ae", version, &b);
	if (rc != BLOB_OK)
		return rc;
	rc = read_model(b, out);
	blob_free(b);
	return rc;
}

const char *
ae_strerror(int err)
{
	if (err == AE_EBAD)
		return "not a valid autoencoder model (inconsistent contents)";
	return blob_strerror(err);
}

/* ---- training ---- */

ae_trainer *
ae_trainer_new(ae *m, const ae_train_opts *o)
{
	ae_trainer *t;
	size_t l, B = o->batch;

	if (B < 1 || (t = calloc(1, sizeof *t)) == NULL)
		return NULL;
	t->m = m;
	t->o = *o;
	for (l = 0; l <= m->nl; l++)
		if ((t->a[l] = malloc(B * m->p[l] * sizeof(float))) == NULL)
			goto fail;
	t->tgt = malloc(B * m->nin * sizeof *t->tgt);
	t->g = malloc(B * m->maxp * sizeof *t->g);
	t->d = malloc(B * m->maxp * sizeof *t->d);
	t->wt = malloc(m->maxp * m->maxp * sizeof *t->wt);
	t->grad = calloc(m->npar, sizeof *t->grad);
	t->mom = calloc(m->npar, sizeof *t->mom);
	t->vel = calloc(m->npar, sizeof *t->vel);
	if (!t->tgt || !t->g || !t->d || !t->wt || !t->grad || !t->mom || !t->vel)
		goto fail;
	return t;
fail:
	ae_trainer_free(t);
	return NULL;
}

void
ae_trainer_free(ae_trainer *t)
{
	size_t l;

	if (t == NULL)
		return;
	for (l = 0; l <= NL_MAX; l++)
		free(t->a[l]);
	free(t->tgt);
	free(t->g);
	free(t->d);
	free(t->wt);
	free(t->grad);
	free(t->mom);
	free(t->vel);
	free(t);
}

/* Forward the batch already in a[0]. */
static void
forward(ae_trainer *t, size_t nb)
{
	const ae *m = t->m;
	size_t l, r;

	for (l = 0; l < m->nl; l++) {
		size_t in = m->p[l], out = m->p[l + 1];
		const float *W = m->par + m->off[l], *b = W + in * out;

		matmul(t->a[l], in, nb, in, W, b, out, t->a[l + 1]);
		if (hidden(m, l + 1))
			for (r = 0; r < nb; r++)
				activate(t->a[l + 1] + r * out, out, m->act);
	}
}

void
ae_forward(ae_trainer *t, const float *X, size_t nb)
{
	memcpy(t->a[0], X, nb * t->m->nin * sizeof *X);
	forward(t, nb);
}

/* dW += x^T dy, db += sum dy, over the batch; dx = dy W^T when wanted. */
static void
backward_layer(ae_trainer *t, size_t l, size_t nb, const float *restrict dy, float *restrict dx)
{
	const ae *m = t->m;
	size_t in = m->p[l], out = m->p[l + 1], r, i, o, k;
	const float *W = m->par + m->off[l], *x = t->a[l];
	float *restrict gw = t->grad + m->off[l], *restrict gb = gw + in * out;
	float *restrict wt = t->wt;

	for (r = 0; r < nb; r++)
		for (o = 0; o < out; o += AE_LANE)
			for (k = 0; k < AE_LANE; k++)
				gb[o + k] += dy[r * out + o + k];
	matmul_tn(x, in, nb, in, dy, out, gw);
	if (dx == NULL)
		return;
	for (i = 0; i < in; i++)
		for (o = 0; o < out; o++)
			wt[o * in + i] = W[i * out + o];
	/* in is padded here: l > 0 */
	matmul(dy, out, nb, m->w[l + 1], wt, NULL, in, dx);
	/* through the activation that made x: relu' = [x > 0], tanh' = 1 - x^2;
	 * the code layer is linear */
	if (!hidden(m, l))
		return;
	for (r = 0; r < nb; r++) {
		const float *restrict xr = x + r * in;
		float *restrict d = dx + r * in;

		if (m->act == AE_RELU) {
			for (i = 0; i < in; i += AE_LANE)
				for (k = 0; k < AE_LANE; k++)
					d[i + k] = xr[i + k] > 0 ? d[i + k] : 0;
		} else {
			for (i = 0; i < in; i += AE_LANE)
				for (k = 0; k < AE_LANE; k++)
					d[i + k] *= 1 - xr[i + k] * xr[i + k];
		}
	}
}

/* The loss of the forwarded batch against target, and its gradient. */
static double
backward(ae_trainer *t, const float *target, size_t nb)
{
	const ae *m = t->m;
	size_t L = m->nl, out = m->p[L], d = m->nin, r, j, l;
	float c = (float)(2.0 / ((double)nb * (double)d)), *g = t->g, *dx = t->d, *tmp;
	double loss = 0;

	memset(t->grad, 0, m->npar * sizeof *t->grad);
	for (r = 0; r < nb; r++) {
		const float *y = t->a[L] + r * out, *x = target + r * d;
		float *gr = g + r * out;
		double s = 0;

		for (j = 0; j < d; j++) {
			float e = y[j] - x[j];

			s += (double)e * e;
			gr[j] = c * e;
		}
		for (; j < out; j++)
			gr[j] = 0;
		loss += s;
	}
	for (l = L; l-- > 0;) {
		backward_layer(t, l, nb, g, l > 0 ? dx : NULL);
		tmp = g, g = dx, dx = tmp;
	}
	return loss / ((double)nb * (double)d);
}

double
ae_backward(ae_trainer *t, const float *target, size_t nb)
{
	return backward(t, target, nb);
}

float
ae_grad(const ae_trainer *t, size_t l, size_t i, size_t o)
{
	return t->grad[ae_param(t->m, l, i, o) - t->m->par];
}

void
ae_adam_step(ae_trainer *t)
{
	const ae *m = t->m;
	const float b1 = 0.9f, b2 = 0.999f, eps = 1e-8f;
	float *p = m->par, *g = t->grad, *mo = t->mom, *v = t->vel, step, sbc2;
	double bc1, bc2;
	size_t l, i;

	if (t->o.l2 > 0) {
		const float lam = (float)t->o.l2;

		for (l = 0; l < m->nl; l++) {
			size_t n = m->p[l] * m->p[l + 1], o = m->off[l];

			for (i = 0; i < n; i++)
				g[o + i] += lam * p[o + i];
		}
	}
	t->step++;
	bc1 = 1 - pow(0.9, (double)t->step);
	bc2 = 1 - pow(0.999, (double)t->step);
	step = (float)(t->o.lr / bc1);
	sbc2 = (float)sqrt(bc2);
	for (i = 0; i < m->npar; i++) {
		mo[i] = b1 * mo[i] + (1 - b1) * g[i];
		v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
		p[i] -= step * mo[i] / (sqrtf(v[i]) / sbc2 + eps);
	}
}

/* Copy rows X[idx[0..nb-1]] into the batch's input (and targets). */
static void
gather(ae_trainer *t, const float *X, const size_t *idx, size_t nb, float *dst)
{
	size_t d = t->m->nin, r;

	for (r = 0; r < nb; r++)
		memcpy(dst + r * d, X + (idx ? idx[r] : r) * d, d * sizeof *X);
}

double
ae_train_epoch(ae_trainer *t, const float *X, size_t *idx, size_t n, rng *r)
{
	size_t i, d = t->m->nin, B = t->o.batch;
	double sum = 0;

	for (i = n; i > 1; i--) {
		size_t j = (size_t)rng_below(r, i), s = idx[i - 1];

		idx[i - 1] = idx[j];
		idx[j] = s;
	}
	for (i = 0; i < n; i += B) {
		size_t nb = n - i < B ? n - i : B, e;

		gather(t, X, idx + i, nb, t->tgt);
		if (t->o.denoise > 0) {
			for (e = 0; e < nb * d; e++)
				t->a[0][e] = t->tgt[e] +
					     (float)(t->o.denoise * rng_normal(r, &t->has_spare, &t->spare));
		} else {
			memcpy(t->a[0], t->tgt, nb * d * sizeof *X);
		}
		forward(t, nb);
		sum += backward(t, t->tgt, nb) * (double)nb;
		ae_adam_step(t);
	}
	return n ? sum / (double)n : 0;
}

double
ae_scores(ae_trainer *t, const float *X, const size_t *idx, size_t n, double *err)
{
	const ae *m = t->m;
	size_t i, r, j, d = m->nin, B = t->o.batch, out = m->p[m->nl];
	double total = 0;

	for (i = 0; i < n; i += B) {
		size_t nb = n - i < B ? n - i : B;

		if (idx)
			gather(t, X, idx + i, nb, t->a[0]);
		else
			memcpy(t->a[0], X + i * d, nb * d * sizeof *X);
		forward(t, nb);
		for (r = 0; r < nb; r++) {
			const float *y = t->a[m->nl] + r * out, *x = t->a[0] + r * d;
			double s = 0;

			for (j = 0; j < d; j++)
				s += ((double)y[j] - x[j]) * ((double)y[j] - x[j]);
			s /= (double)d;
			if (err)
				err[i + r] = s;
			total += s;
		}
	}
	return n ? total / (double)n : 0;
}

void
ae_copy_weights(ae *dst, const ae *src)
{
	memcpy(dst->par, src->par, src->npar * sizeof *src->par);
}

ae *
ae_clone(const ae *m)
{
	size_t h[AE_MAX_LAYERS], l, j;
	ae *c;

	for (l = 0; l < m->k; l++)
		h[l] = m->w[l + 1];
	if ((c = alloc(m->nin, h, m->k, m->act)) == NULL)
		return NULL;
	ae_copy_weights(c, m);
	memcpy(c->mean, m->mean, m->nin * sizeof *m->mean);
	memcpy(c->sd, m->sd, m->nin * sizeof *m->sd);
	memcpy(c->q, m->q, sizeof m->q);
	for (j = 0; j < m->nin; j++)
		if (ae_set_name(c, j, m->names[j], strlen(m->names[j])) < 0) {
			ae_free(c);
			return NULL;
		}
	return c;
}
