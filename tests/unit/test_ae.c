/* test_ae.c - the autoencoder: forward by hand, gradients against finite
 * differences, one Adam step by hand, forty steps against PyTorch's,
 * scaling, quantiles, training, files. */
#include "ae.h"
#include "blob.h"
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Loss of the batch X (targets X) with the current weights, in double. */
static double
loss_of(ae_trainer *t, const float *X, size_t nb)
{
	ae_forward(t, X, nb);
	return ae_backward(t, X, nb);
}

/* Every parameter's gradient against the central difference of the loss. */
static void
grad_check(int act)
{
	size_t h[2] = {5, 3}, l, i, o, bad = 0, n = 0;
	ae_train_opts to = {.lr = 1e-3, .batch = 6};
	float X[6 * 4];
	double worst = 0;
	rng r;
	ae *m;
	ae_trainer *t;

	rng_seed(&r, 42);
	m = ae_new(4, h, 2, act, &r);
	t = ae_trainer_new(m, &to);
	for (i = 0; i < 24; i++)
		X[i] = (float)rng_normal(&r, &(int){0}, &(double){0});
	/* Biases away from 0 so that relu units are on both sides of the kink
	 * only rarely; the difference step is small beside them. */
	for (l = 0; l < ae_nlayers(m); l++)
		for (o = 0; o < ae_width(m, l + 1); o++)
			*ae_param(m, l, ae_width(m, l), o) = (float)(0.1 * rng_normal(&r, &(int){0}, &(double){0}));
	for (l = 0; l < ae_nlayers(m); l++)
		for (i = 0; i <= ae_width(m, l); i++)
			for (o = 0; o < ae_width(m, l + 1); o++) {
				float *p = ae_param(m, l, i, o), keep = *p, g;
				double up, down, num, eps = 1e-2;

				loss_of(t, X, 6);
				g = ae_grad(t, l, i, o);
				*p = keep + (float)eps;
				up = loss_of(t, X, 6);
				*p = keep - (float)eps;
				down = loss_of(t, X, 6);
				*p = keep;
				num = (up - down) / (2 * eps);
				n++;
				if (fabs(num - g) > 2e-3 * fmax(1, fabs(num))) {
					bad++;
					if (fabs(num - g) > worst)
						worst = fabs(num - g);
				}
			}
	/* relu's kink can spoil a difference now and then; allow 2%. */
	printf("# %s: %zu of %zu gradients off, worst by %g\n", act == AE_RELU ? "relu" : "tanh",
	       bad, n, worst);
	CHECK(act == AE_RELU ? "gradients match differences (relu)" : "gradients match differences (tanh)",
	      bad * 50 <= n);
	ae_trainer_free(t);
	ae_free(m);
}

/* Read n numbers from f into v (NULL: skip them); 0 when short. */
static int
read_nums(FILE *f, double *v, size_t n)
{
	size_t i;
	double x;

	for (i = 0; i < n; i++) {
		if (fscanf(f, "%lf", &x) != 1)
			return 0;
		if (v)
			v[i] = x;
	}
	return 1;
}

/* Every parameter in ae_param order (that of testdata/ae/torch-steps.txt). */
static size_t
nparams(ae *m, float **p)
{
	size_t l, i, o, n = 0;

	for (l = 0; l < ae_nlayers(m); l++)
		for (i = 0; i <= ae_width(m, l); i++)
			for (o = 0; o < ae_width(m, l + 1); o++) {
				if (p)
					p[n] = ae_param(m, l, i, o);
				n++;
			}
	return n;
}

/*
 * PyTorch's trajectory (scripts/gen-ae-testdata torch): from the same
 * initial weights and batches, the same loss at every step and the same
 * weights after forty Adam steps, within float rounding.  Checks the whole
 * training step (forward, loss, backward, l2, Adam and its bias
 * correction) against an independent implementation.
 */
static void
torch_trajectory(void)
{
	FILE *f = fopen("testdata/ae/torch-steps.txt", "r");
	double hdr[6], runs, worst_loss = 0, worst_par = 0;
	int run, nruns, ok = f != NULL;

	CHECK("testdata/ae/torch-steps.txt opens (run from the top of the tree)", f != NULL);
	if (f == NULL)
		return;
	ok = read_nums(f, &runs, 1);
	nruns = ok ? (int)runs : 0;
	for (run = 0; ok && run < nruns; run++) {
		double nin, k, hd[AE_MAX_LAYERS], *ref = NULL, *X = NULL, *loss = NULL;
		size_t h[AE_MAX_LAYERS], l, i, np, nb, n, steps, s;
		ae_train_opts to = {0};
		float **p = NULL, *Xf = NULL;
		rng r;
		ae *m = NULL;
		ae_trainer *t = NULL;

		ok = read_nums(f, &nin, 1) && read_nums(f, &k, 1) && k >= 1 && k <= AE_MAX_LAYERS &&
		     read_nums(f, hd, (size_t)k) && read_nums(f, hdr, 6);
		if (!ok)
			break;
		for (l = 0; l < (size_t)k; l++)
			h[l] = (size_t)hd[l];
		rng_seed(&r, 1);
		m = ae_new((size_t)nin, h, (size_t)k, (int)hdr[0], &r);
		to.lr = hdr[1], to.l2 = hdr[2], to.batch = nb = (size_t)hdr[3];
		n = (size_t)hdr[4], steps = (size_t)hdr[5];
		np = nparams(m, NULL);
		p = malloc(np * sizeof *p);
		ref = malloc(np * sizeof *ref);
		X = malloc(n * (size_t)nin * sizeof *X);
		Xf = malloc(n * (size_t)nin * sizeof *Xf);
		loss = malloc(steps * sizeof *loss);
		nparams(m, p);
		t = ae_trainer_new(m, &to);
		ok = read_nums(f, ref, np) && read_nums(f, X, n * (size_t)nin) && read_nums(f, loss, steps);
		for (i = 0; ok && i < np; i++)
			*p[i] = (float)ref[i];
		for (i = 0; ok && i < n * (size_t)nin; i++)
			Xf[i] = (float)X[i];
		for (s = 0; ok && s < steps; s++) {
			const float *xb = Xf + (s % (n / nb)) * nb * (size_t)nin;
			double got, d;

			ae_forward(t, xb, nb);
			got = ae_backward(t, xb, nb);
			ae_adam_step(t);
			d = fabs(got - loss[s]) / fmax(1e-3, fabs(loss[s]));
			if (d > worst_loss)
				worst_loss = d;
		}
		ok = ok && read_nums(f, ref, np);
		for (i = 0; ok && i < np; i++) {
			double d = fabs(*p[i] - ref[i]) / fmax(0.1, fabs(ref[i]));

			if (d > worst_par)
				worst_par = d;
		}
		ae_trainer_free(t);
		ae_free(m);
		free(p);
		free(ref);
		free(X);
		free(Xf);
		free(loss);
	}
	fclose(f);
	printf("# against PyTorch: losses off by %g, parameters by %g (relative)\n", worst_loss,
	       worst_par);
	CHECK("torch-steps.txt reads whole", ok && nruns == 2);
	CHECK("every step's loss as PyTorch's", ok && worst_loss < 1e-3);
	CHECK("weights after 40 Adam steps as PyTorch's", ok && worst_par < 1e-3);
}

int
main(void)
{
	size_t h1[1] = {1};
	ae_train_opts to = {.lr = 0.01, .batch = 2};
	float X[2 * 2] = {1, 2, 3, 4}, S[4 * 2] = {1, 10, 2, 10, 3, 10, 6, 10};
	double x[2] = {1, 2}, e[2], s, err[5] = {4, 0, 3, 1, 2};
	double shift[2] = {100, -5};
	float work[64];
	char path[64];
	uint32_t ver;
	rng r;
	ae *m, *m2;
	ae_trainer *t;

	rng_seed(&r, 1);
	CHECK("bad layer width refused", ae_new(2, (size_t[]){0}, 1, AE_RELU, &r) == NULL);
	CHECK("bad activation refused", ae_new(2, h1, 1, 7, &r) == NULL);

	/* 2 -> 1 -> 1 -> 1 -> 2 with chosen weights: h = relu(z1 - z2 + 0.5),
	 * code = h (linear), g = relu(code), out = (2 g + 0.1, -g + 0.2). */
	m = ae_new(2, (size_t[]){1, 1}, 2, AE_RELU, &r);
	*ae_param(m, 0, 0, 0) = 1;
	*ae_param(m, 0, 1, 0) = -1;
	*ae_param(m, 0, 2, 0) = 0.5f;
	*ae_param(m, 1, 0, 0) = 1;
	*ae_param(m, 1, 1, 0) = 0;
	*ae_param(m, 2, 0, 0) = 1;
	*ae_param(m, 2, 1, 0) = 0;
	*ae_param(m, 3, 0, 0) = 2;
	*ae_param(m, 3, 0, 1) = -1;
	*ae_param(m, 3, 1, 0) = 0.1f;
	*ae_param(m, 3, 1, 1) = 0.2f;
	/* x = (1, 2): h = relu(-0.5) = 0, out = (0.1, 0.2);
	 * e = (0.81, 3.24), score 2.025. */
	s = ae_error(m, x, e, work);
	CHECK_NEAR("forward e1 (relu off)", e[0], 0.81, 1e-6);
	CHECK_NEAR("forward e2 (relu off)", e[1], 3.24, 1e-6);
	CHECK_NEAR("score is the mean", s, 2.025, 1e-6);
	/* x = (2, 0.5): h = 2, out = (4.1, -1.8); e = (4.41, 5.29). */
	x[0] = 2, x[1] = 0.5;
	s = ae_error(m, x, e, work);
	CHECK_NEAR("forward e1", e[0], 4.41, 1e-6);
	CHECK_NEAR("forward e2", e[1], 5.29, 1e-6);
	CHECK_NEAR("forward score", s, 4.85, 1e-6);

	/* Adam's first step moves each weight by lr g / (|g| + eps), i.e.
	 * by lr against the sign of its gradient. */
	t = ae_trainer_new(m, &to);
	ae_forward(t, X, 2);
	/* rows (1,2): h = 0; (3,4): h = 0 -> out (0.1, 0.2) for both;
	 * L = ((0.9^2 + 1.8^2) + (2.9^2 + 3.8^2)) / 4 = 6.725 */
	CHECK_NEAR("loss by hand", ae_backward(t, X, 2), 6.725, 1e-6);
	/* dL/db_out1 = 2/4 * ((0.1-1) + (0.1-3)) = -1.9 */
	CHECK_NEAR("bias gradient by hand", ae_grad(t, 3, 1, 0), -1.9, 1e-6);
	ae_adam_step(t);
	CHECK_NEAR("first Adam step", *ae_param(m, 3, 1, 0), 0.1 + 0.01, 1e-6);
	CHECK_NEAR("dead unit's weight unchanged", *ae_param(m, 3, 0, 0), 2, 1e-7);
	ae_trainer_free(t);
	ae_free(m);

	grad_check(AE_RELU);
	grad_check(AE_TANH);
	torch_trajectory();

	/* Scaling: column 1 = 101,102,103,106 -> mean 103, population sd
	 * sqrt(14/4); column 2 constant -> sd 1. */
	m = ae_new(2, h1, 1, AE_TANH, &r);
	ae_fit_scaling(m, S, 4, shift);
	CHECK_NEAR("scaling mean", ae_mean(m, 0), 103, 1e-12);
	CHECK_NEAR("scaling sd", ae_sd(m, 0), sqrt(3.5), 1e-12);
	CHECK_NEAR("constant column mean", ae_mean(m, 1), 5, 1e-12);
	CHECK("constant column sd 1", ae_sd(m, 1) == 1);
	CHECK_NEAR("standardised in place", S[6], 3 / sqrt(3.5), 1e-6);
	CHECK("constant column centred", S[1] == 0 && S[7] == 0);

	/* Quantiles of 0..4: q_k = 4k/1000; pct(s) = s/4 inside. */
	ae_set_quantiles(m, err, 5);
	CHECK("below the least", ae_pct(m, -1) == 0);
	CHECK("at the greatest", ae_pct(m, 4) == 1);
	CHECK_NEAR("interpolated", ae_pct(m, 1.5), 0.375, 1e-9);
	CHECK_NEAR("interpolated between quantiles", ae_pct(m, 3.0021), 3.0021 / 4, 1e-9);

	/* Files: a round trip gives the same errors; refusals. */
	snprintf(path, sizeof path, "/tmp/adk_test_ae.%ld", (long)getpid());
	CHECK("name", ae_set_name(m, 0, "cpu", 3) == 0 && strcmp(ae_name(m, 0), "cpu") == 0);
	CHECK("save", ae_save(m, path) == 0);
	CHECK("load", ae_load(path, &m2, &ver) == 0 && m2 != NULL);
	x[0] = 104, x[1] = 7;
	CHECK("round trip: same score", ae_error(m, x, NULL, work) == ae_error(m2, x, NULL, work));
	CHECK("round trip: same pct", ae_pct(m, 2.5) == ae_pct(m2, 2.5));
	CHECK("round trip: names", strcmp(ae_name(m2, 0), "cpu") == 0 && strcmp(ae_name(m2, 1), "2") == 0);
	ae_free(m2);
	{
		blob *b = blob_new();

		blob_put_u32(b, 2);
		blob_save(b, path, "ae", AE_VERSION);
		CHECK("truncated contents refused", ae_load(path, &m2, &ver) == AE_EBAD && m2 == NULL);
		blob_save(b, path, "ae", AE_VERSION + 1);
		CHECK("other version refused", ae_load(path, &m2, &ver) == BLOB_EVERSION &&
						       ver == AE_VERSION + 1);
		blob_save(b, path, "iforest", 1);
		CHECK("other kind refused", ae_load(path, &m2, &ver) == BLOB_EKIND);
		blob_free(b);
	}
	unlink(path);
	ae_free(m);

	/* Training learns: 2 features on a line, 3 -> 1 -> 3 bottleneck. */
	{
		size_t n = 512, i, *idx = malloc(n * sizeof *idx);
		float *D = malloc(n * 3 * sizeof *D);
		ae_train_opts o = {.lr = 0.01, .batch = 32};
		double first = 0, last = 0;
		int ep;

		for (i = 0; i < n; i++) {
			double u = rng_uniform(&r) * 2 - 1;

			D[i * 3] = (float)u, D[i * 3 + 1] = (float)(2 * u), D[i * 3 + 2] = (float)(-u);
			idx[i] = i;
		}
		m = ae_new(3, (size_t[]){4, 1}, 2, AE_TANH, &r);
		ae_fit_scaling(m, D, n, NULL);
		t = ae_trainer_new(m, &o);
		for (ep = 0; ep < 60; ep++) {
			last = ae_train_epoch(t, D, idx, n, &r);
			if (ep == 0)
				first = last;
		}
		printf("# loss %g -> %g\n", first, last);
		CHECK("training lowers the loss a hundredfold", last < first / 100);
		CHECK_NEAR("ae_scores' mean is the clean loss", ae_scores(t, D, NULL, n, NULL),
			   ae_scores(t, D, idx, n, NULL), 1e-9);
		ae_trainer_free(t);
		ae_free(m);
		free(idx);
		free(D);
	}
	return check_status();
}
