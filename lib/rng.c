/*
 * rng.c - xoshiro256** (Blackman and Vigna, 2018): 256 bits of state, period
 * 2^256 - 1, fast and good enough for sampling and initialisation.
 */
#include "rng.h"

#include <math.h>

static uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static uint64_t
splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

void
rng_seed(rng *r, uint64_t seed)
{
	int i;

	for (i = 0; i < 4; i++)
		r->s[i] = splitmix64(&seed);
}

uint64_t
rng_u64(rng *r)
{
	uint64_t *s = r->s, out = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return out;
}

double
rng_uniform(rng *r)
{
	return (double)(rng_u64(r) >> 11) * 0x1.0p-53;
}

uint64_t
rng_below(rng *r, uint64_t n)
{
	/* Lemire's multiply-and-reject: the high half of x * n is uniform on
	 * [0, n) once the few low products that would bias it are rejected. */
	uint64_t x = rng_u64(r);
	__uint128_t m = (__uint128_t)x * n;
	uint64_t lo = (uint64_t)m;

	if (lo < n) {
		uint64_t t = -n % n;

		while (lo < t) {
			x = rng_u64(r);
			m = (__uint128_t)x * n;
			lo = (uint64_t)m;
		}
	}
	return (uint64_t)(m >> 64);
}

double
rng_normal(rng *r, int *has_spare, double *spare)
{
	double u, v, s;

	if (*has_spare) {
		*has_spare = 0;
		return *spare;
	}
	/* Marsaglia's polar method: no trigonometry, exact in distribution. */
	do {
		u = 2 * rng_uniform(r) - 1;
		v = 2 * rng_uniform(r) - 1;
		s = u * u + v * v;
	} while (s >= 1 || s == 0);
	s = sqrt(-2 * log(s) / s);
	*spare = v * s;
	*has_spare = 1;
	return u * s;
}
