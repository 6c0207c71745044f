/*
 * rng.h - a seeded pseudo-random generator (xoshiro256**, seeded through
 * splitmix64), passed explicitly: no global state, the same seed gives the
 * same stream on every machine.
 */
#ifndef ADK_RNG_H
#define ADK_RNG_H

#include <stdint.h>

typedef struct {
	uint64_t s[4];
} rng;

void rng_seed(rng *r, uint64_t seed);
uint64_t rng_u64(rng *r);
/* Uniform on [0, 1), 53 random bits. */
double rng_uniform(rng *r);
/* Uniform integer on [0, n), n > 0, without modulo bias (Lemire). */
uint64_t rng_below(rng *r, uint64_t n);
/* Standard normal (Marsaglia polar; the pair's second value is kept in
 * *spare for the next call). */
double rng_normal(rng *r, int *has_spare, double *spare);

#endif
