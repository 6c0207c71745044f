/*
 * check.h - the unit tests' assertions: each prints "ok - NAME" or
 * "not ok - NAME: why" (tests/run counts them); main returns check_status().
 */
#ifndef ADK_CHECK_H
#define ADK_CHECK_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int check_failed;

#define CHECK(name, cond)                                                        \
	do {                                                                     \
		if (cond) {                                                      \
			printf("ok - %s\n", name);                               \
		} else {                                                         \
			printf("not ok - %s: %s (%s:%d)\n", name, #cond, __FILE__, \
			       __LINE__);                                        \
			check_failed = 1;                                        \
		}                                                                \
	} while (0)

/* |got - want| <= tol * max(1, |want|) */
#define CHECK_NEAR(name, got, want, tol)                                                   \
	do {                                                                               \
		double g_ = (got), w_ = (want);                                            \
		if (fabs(g_ - w_) <= (tol) * fmax(1.0, fabs(w_))) {                        \
			printf("ok - %s\n", name);                                         \
		} else {                                                                   \
			printf("not ok - %s: got %.17g, want %.17g (%s:%d)\n", name, g_, w_, \
			       __FILE__, __LINE__);                                        \
			check_failed = 1;                                                  \
		}                                                                          \
	} while (0)

static inline int
check_status(void)
{
	return check_failed;
}

#endif
