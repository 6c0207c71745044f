/*
 * spool.h - a temporary spool of records: written once, then read back (as
 * often as needed) in the order written.  It lets a command look at its whole
 * input before writing any of it (fit, then score) without holding the input
 * in memory.
 *
 * The file is created in the directory given (a command passes $TMPDIR or
 * /tmp) and unlinked at once, so it disappears when the spool is freed or the
 * process dies.  Records are opaque bytes in host byte order: a spool never
 * outlives its process.
 *
 * Ownership: records returned by spool_get() are views into the spool's
 * buffer, valid until the next spool_get(), spool_rewind() or spool_free().
 * spool_free(NULL) is a no-op.
 *
 * Errors: functions return -1 and leave errno in spool_errno().  Nothing here
 * prints or exits.
 */
#ifndef ADK_SPOOL_H
#define ADK_SPOOL_H

#include <stddef.h>
#include <stdint.h>

typedef struct spool spool;

/* An unlinked temporary file in dir (NULL or "": "/tmp"), open for reading
 * and writing: its descriptor (the caller closes it), or -1 with *err = errno. */
int spool_tmpfile(const char *dir, int *err);

/* A new empty spool in dir (NULL or "": "/tmp"); NULL with *err = errno. */
spool *spool_new(const char *dir, int *err);
void spool_free(spool *s);

/* Append a record of n bytes (n < 4 GiB).  Only before the first rewind. */
int spool_put(spool *s, const void *p, size_t n);
/* Flush what was written and start reading at the first record. */
int spool_rewind(spool *s);
/* The next record: 1 and *p, *n; 0 after the last; -1 on error. */
int spool_get(spool *s, const void **p, size_t *n);
/* Records written. */
uint64_t spool_count(const spool *s);
int spool_errno(const spool *s);

/*
 * For a spool whose records are doubles (8 bytes each, no NaN): the
 * q-quantile (0 <= q <= 1) with linear interpolation between order
 * statistics, as numpy.percentile's default:
 *   pos = q (N - 1), x_(floor pos) + (pos - floor pos) (x_(floor pos + 1) - x_(floor pos))
 * Exact, in O(1) memory: each order statistic is found by radix selection on
 * the 64-bit keys, 16 bits per pass (8 passes over the spool in all).
 * Returns 1 with *out, 0 for an empty spool, -1 on error (rewinds the spool;
 * read it again with spool_rewind()).
 */
int spool_quantile(spool *s, double q, double *out);

#endif
