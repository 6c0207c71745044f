/*
 * grp.h - group keys (the values of the -g columns) to dense indexes 0..n-1,
 * so that a tool keeps its per-group state in plain arrays.
 */
#ifndef ADK_GRP_H
#define ADK_GRP_H

#include <stddef.h>

typedef struct grp grp;

grp *grp_new(void);
void grp_free(grp *g);

/* Index of the key (n bytes), added if new (*added set to 1); -1 if out of
 * memory. */
long grp_get(grp *g, const char *key, size_t n, int *added);
size_t grp_count(const grp *g);
/* The i-th key's bytes (valid until the next grp_get). */
const char *grp_key(const grp *g, size_t i, size_t *n);

#endif
