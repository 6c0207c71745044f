/*
 * iforest.h - Isolation Forest (Liu, Ting and Zhou, 2008) and Extended
 * Isolation Forest (Hariri, Carrasco Kind and Brunner, 2018), trained from a
 * stream in bounded memory.
 *
 * Training: iforest_add() feeds the complete training rows one by one; each
 * tree keeps its own reservoir of psi rows, a uniform sample without
 * replacement of the rows seen, independent between trees (what
 * scikit-learn's per-tree subsample is).  iforest_fit() grows one tree per
 * reservoir and frees the reservoirs.  Memory: trees x psi x features doubles
 * while sampling, about as much for the trees.
 *
 * A tree splits its sample at random until a point is alone, the points left
 * are equal, or the depth reaches ceil(log2 psi):
 *   standard: a feature drawn among those not constant in the node, a
 *             threshold t uniform in [min, max) (max maps to min, as in
 *             scikit-learn); x goes left when x_f <= t;
 *   extended: a normal vector n (every component N(0,1): "full" extension)
 *             and a point p uniform in the node's bounding box; x goes left
 *             when n.x <= n.p.
 * Path length of x in a tree: h(x) = depth of the leaf reached + c(size),
 * size the number of sample points that leaf held, where
 *   c(n) = 2 H(n - 1) - 2 (n - 1) / n,  H(i) ~ ln i + 0.5772156649,
 *   c(2) = 1, c(0) = c(1) = 0,
 * the mean path length of an unsuccessful search in a binary search tree.
 * Score: s(x) = 2^(-E[h(x)] / c(psi)), in (0, 1]: near 1 anomalous, near 0.5
 * or below ordinary.  psi is min(sample size, training rows).
 *
 * Explanation (iforest_explain): in each tree, every split on x's path
 * isolates x from part of the sample: going from a node of n points to a
 * child of m points gains log2(n / max(m, 1)) bits (a child with no points:
 * x is alone).  A standard split credits its bits to its feature; an extended
 * split shares them out in proportion to |n_f (x_f - p_f)|, each feature's
 * part in x's distance from the hyperplane.  A feature's share is its credit
 * summed over the trees over the total, so the shares sum to 1.
 *
 * Determinism: all randomness comes from one rng seeded by opts.seed, drawn
 * in a fixed order; the logarithms and exponentials that choose samples,
 * draw normals and compute scores are computed here with +-*÷ and sqrt only
 * (IEEE 754 basic operations, correctly rounded everywhere), so a seed gives
 * the same model and the same scores, bit for bit, on every machine.
 *
 * Ownership: iforest_new/iforest_load return a forest the caller frees with
 * iforest_free (NULL ok).  Nothing here prints or exits.
 */
#ifndef ADK_IFOREST_H
#define ADK_IFOREST_H

#include <stddef.h>
#include <stdint.h>

typedef struct iforest iforest;

typedef struct {
	size_t trees;    /* number of trees [100] */
	size_t psi;      /* sample size per tree, >= 2 [256] */
	size_t nfeat;    /* features per row, >= 1 */
	int extended;    /* 1: Extended Isolation Forest (hyperplane splits) */
	uint64_t seed;   /* seeds the forest's rng */
} iforest_opts;

/* Model file: lib/blob.h kind "iforest", this format version. */
#define IFOREST_KIND "iforest"
#define IFOREST_VERSION 1u

/* iforest_load errors beyond enum blob_err (which it also returns). */
#define IFOREST_EMODEL 100 /* the file is an iforest model but its contents do not hold */

/* A forest ready to sample; names (nfeat NUL-terminated strings, copied)
 * are the feature names kept in the model file.  NULL when out of memory
 * or opts are out of range. */
iforest *iforest_new(const iforest_opts *o, const char *const *names);
void iforest_free(iforest *f);

/* Offer a training row x[nfeat] (all finite).  0, or -1 after fitting. */
int iforest_add(iforest *f, const double *x);
/* Rows offered so far. */
uint64_t iforest_rows(const iforest *f);
/* Before fitting: tree t's reservoir, *n rows of nfeat values (for tests
 * and inspection); NULL after fitting. */
const double *iforest_sample(const iforest *f, size_t t, size_t *n);
/* Grow the trees from the reservoirs.  0; -1 when out of memory or fewer
 * than 2 rows were offered (no model). */
int iforest_fit(iforest *f);
int iforest_fitted(const iforest *f);

/* Anomaly score of x[nfeat] (finite), in (0, 1].  Needs a fitted forest. */
double iforest_score(const iforest *f, const double *x);
/* Feature shares for x: share[nfeat], summing to 1 (all 0 if no split
 * touched x).  Returns the score as iforest_score does. */
double iforest_explain(const iforest *f, const double *x, double *share);

/* c(n) above: the average path length of an unsuccessful BST search. */
double iforest_c(double n);

size_t iforest_nfeat(const iforest *f);
const char *iforest_name(const iforest *f, size_t j);
const iforest_opts *iforest_options(const iforest *f);
/* Sample size the trees were grown from: min(psi, rows), 0 before fitting. */
size_t iforest_psi(const iforest *f);

/* The flag threshold, kept in the model file: score > threshold is flagged. */
void iforest_set_threshold(iforest *f, double contamination, double threshold);
/* 1 with both values if the forest has a threshold, else 0. */
int iforest_threshold(const iforest *f, double *contamination, double *threshold);

/* Save a fitted forest atomically; returns an enum blob_err. */
int iforest_save(const iforest *f, const char *path);
/* Load a model: BLOB_OK with *out, else an enum blob_err or IFOREST_EMODEL;
 * on BLOB_EVERSION *version is the file's version. */
int iforest_load(const char *path, iforest **out, uint32_t *version);
const char *iforest_strerror(int err);

#endif
