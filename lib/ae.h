/*
 * ae.h - a dense autoencoder: standardised inputs, an encoder of dense layers
 * (the last is the bottleneck), a mirrored decoder, a linear output; trained
 * on mean squared error with Adam.  A row it reconstructs badly is anomalous,
 * and the features it reconstructs worst say where to look.
 *
 * Network, for encoder widths h1..hk over n features:
 *   n -> h1 -> ... -> hk -> ... -> h1 -> n, 2k dense layers y = act(x W + b),
 * act = relu or tanh on every layer but the code (hk) and the output, which
 * are linear (a relu code unit that dies is capacity lost for good).
 * Standardisation: z_j = (x_j - mean_j) / sd_j, population sd; a column whose
 * sd is 0 (below 1e-12 of max(1, |mean|)) gets sd 1, so it is only centred.
 * Reconstruction error of a row, in standardised units:
 *   e_j = (zhat_j - z_j)^2,  score = (1/n) sum_j e_j.
 *
 * Numbers: weights, activations, gradients and Adam moments are float;
 * scaling, losses and errors are double (sums accumulated in double).
 * Widths are padded to a multiple of AE_LANE in memory (zero weights that
 * stay zero) so that the inner loops have whole blocks of AE_LANE floats and
 * the compiler vectorises them at -O2; files hold the unpadded weights.
 *
 * Randomness comes from the rng the caller passes (initialisation, shuffling,
 * noise): the same seed, data and build give the same model, bit for bit.
 *
 * Ownership: ae_new/ae_load return a model the caller frees with ae_free;
 * ae_trainer_new borrows the model (which must outlive the trainer).  Every
 * _free accepts NULL.  Nothing here prints, exits or touches stdio; errors
 * are return codes.
 */
#ifndef ADK_AE_H
#define ADK_AE_H

#include <stddef.h>
#include <stdint.h>

#include "rng.h"

#define AE_LANE 8        /* floats per vectorised block */
#define AE_MAX_LAYERS 8  /* encoder layers at most */
#define AE_MAX_WIDTH 4096
#define AE_NQ 1001       /* training-error quantiles kept: 0, 0.001, ..., 1 */
#define AE_VERSION 1     /* model file format version (blob kind "ae") */

enum { AE_RELU = 0, AE_TANH = 1 };

/* Errors beyond enum blob_err (blob.h), from ae_load and ae_save. */
enum { AE_EBAD = 100 };

typedef struct ae ae;
typedef struct ae_trainer ae_trainer;

/*
 * A new model for nin features with encoder widths h[0..k-1] (1 <= k <=
 * AE_MAX_LAYERS, widths 1..AE_MAX_WIDTH), weights and biases drawn uniform
 * on +-1/sqrt(fan_in) (PyTorch's default for a dense layer).  Scaling starts
 * as mean 0, sd 1; names as "1".."nin".  NULL when out of memory or the
 * arguments are out of range.
 */
ae *ae_new(size_t nin, const size_t *h, size_t k, int act, rng *r);
void ae_free(ae *m);

size_t ae_nin(const ae *m);
/* Dense layers (2k) and the real width of layer boundary l (0..2k). */
size_t ae_nlayers(const ae *m);
size_t ae_width(const ae *m, size_t l);
int ae_activation(const ae *m);

/* Column names: ae_set_name copies n bytes; 0 or -1 (out of memory). */
int ae_set_name(ae *m, size_t j, const char *s, size_t n);
const char *ae_name(const ae *m, size_t j);

/*
 * Scaling from the training data: X holds n rows of nin floats, each value
 * stored as x_j - shift[j] (shift may be NULL: 0) so that large offsets keep
 * their precision in float.  Sets mean and sd (two passes in double) and
 * standardises X in place.  n > 0.
 */
void ae_fit_scaling(ae *m, float *X, size_t n, const double *shift);
double ae_mean(const ae *m, size_t j);
double ae_sd(const ae *m, size_t j);

/*
 * A parameter, for tests and inspection: layer l's weight from input i to
 * output o, or its bias of output o when i == ae_width(m, l).
 */
float *ae_param(ae *m, size_t l, size_t i, size_t o);

/*
 * Reconstruction of one row x (nin raw values, all finite): e[j] as above
 * (e may be NULL) and the row's score.  work holds ae_work_size(m) floats.
 */
size_t ae_work_size(const ae *m);
double ae_error(const ae *m, const double *x, double *e, float *work);

/*
 * The training errors' distribution: ae_set_quantiles sorts err (n > 0
 * scores) in place and keeps its AE_NQ type-7 quantiles q_0..q_1000.
 * ae_pct places a score: 0 at or below q_0, 1 at or above q_1000, else
 * (k + (s - q_k) / (q_k+1 - q_k)) / 1000 for the largest k with q_k <= s:
 * the training errors' distribution function, interpolated.
 */
void ae_set_quantiles(ae *m, double *err, size_t n);
double ae_pct(const ae *m, double score);

/* Model files: blob kind "ae", version AE_VERSION.  0, an enum blob_err,
 * or AE_EBAD (the contents make no sense); *version is set to the file's
 * version on BLOB_EVERSION. */
int ae_save(const ae *m, const char *path);
int ae_load(const char *path, ae **out, uint32_t *version);
const char *ae_strerror(int err);

/* ---- training ---- */

typedef struct {
	double lr;      /* Adam step size [1e-3]; betas 0.9, 0.999, eps 1e-8 */
	double l2;      /* weight decay: lambda w added to each weight's gradient
			 * (the loss gains lambda/2 |W|^2; biases are not decayed) */
	double denoise; /* sd of Gaussian noise added to the standardised inputs
			 * (not the targets) while training; 0: none */
	size_t batch;   /* rows per mini-batch, > 0 */
} ae_train_opts;

/* NULL when out of memory.  The trainer holds Adam's moments and room for
 * one batch's activations and gradients. */
ae_trainer *ae_trainer_new(ae *m, const ae_train_opts *o);
void ae_trainer_free(ae_trainer *t);

/*
 * The steps of one mini-batch, exposed for tests.  ae_forward runs the nb
 * (<= batch) standardised rows X (nb x nin) through the network; ae_backward
 * sets the gradient of the loss
 *   L = 1/(nb nin) sum_b sum_j (y_bj - target_bj)^2  (+ l2/2 |W|^2)
 * and returns L without the l2 term; ae_adam_step updates the weights:
 *   m = b1 m + (1-b1) g, v = b2 v + (1-b2) g^2,
 *   w -= lr / (1-b1^t) m / (sqrt(v / (1-b2^t)) + eps)   (as PyTorch).
 */
void ae_forward(ae_trainer *t, const float *X, size_t nb);
double ae_backward(ae_trainer *t, const float *target, size_t nb);
void ae_adam_step(ae_trainer *t);
/* The gradient of the parameter ae_param(m, l, i, o) points to. */
float ae_grad(const ae_trainer *t, size_t l, size_t i, size_t o);

/*
 * One epoch over the rows X[idx[0..n-1]] (X standardised, nin floats a row)
 * in an order shuffled by r (idx is permuted in place): mini-batches, noise
 * when denoising.  Returns the mean of the batches' losses, weighted by
 * their rows (the loss before each step, with noise).
 */
double ae_train_epoch(ae_trainer *t, const float *X, size_t *idx, size_t n, rng *r);
/* Each row's score (idx NULL: rows 0..n-1), clean inputs, into err[n];
 * returns their mean (the mean squared error). */
double ae_scores(ae_trainer *t, const float *X, const size_t *idx, size_t n, double *err);

/* Copy the weights (for keeping the best epoch's); same architecture. */
void ae_copy_weights(ae *dst, const ae *src);
ae *ae_clone(const ae *m);

#endif
