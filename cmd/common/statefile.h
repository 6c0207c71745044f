/*
 * statefile.h - a command's per-series state: one slot per (group, selected
 * column), kept for the run and, with --state FILE, loaded at the start and
 * saved at the end, so that a cron job fed only the new rows each run writes
 * what one run over the whole history would.
 *
 * The file is a blob (blob.h) of kind ops->kind: versioned, checksummed,
 * written atomically.  Its version is the file format (2) in the high 16
 * bits and ops->version, the tool's series format, in the low 16; a file of
 * format 1 (group keys joined by the input's delimiter) is refused, naming
 * that.  Its payload:
 *   str  fingerprint  lines "name=value": tool, the options that change the
 *                     state or the scores, selected columns, group and time
 *                     columns; a file made with others is refused
 *   u32  columns      selected columns
 *   u64  groups       then per group: str key, and per column the series
 *                     as ops->save wrote it; the key is each -g value as
 *                     its length in decimal, ':', its bytes ("3:web2:eu"),
 *                     so the same data as CSV or TSV has the same keys
 * Groups of the file that a run does not meet are saved again unchanged.
 *
 * A series is the tool's own object (a void *), handled through ops; a
 * statefile owns the series in its slots and frees them with ops->free.
 * This is command code: a file that cannot be used (corrupt, truncated,
 * another kind, version, options or columns) is an error naming the file,
 * exit 65; a state that cannot be written, exit 74.
 */
#ifndef ADK_STATEFILE_H
#define ADK_STATEFILE_H

#include <stdint.h>

#include "blob.h"
#include "cli.h"

typedef struct {
	const char *kind;   /* blob kind, the tool's name ("ewma", "zscore") */
	uint32_t version;   /* format version of the tool's series */
	/* Append one series; 0, or -1 when out of memory. */
	int (*save)(const void *series, blob *b);
	/* Read one series; NULL if malformed (or out of memory). */
	void *(*load)(blob *b, void *ctx);
	void (*free)(void *series);
	void *ctx;          /* passed to load */
} statefile_ops;

typedef struct statefile statefile;

/*
 * Set up the slots for the input in (after cli_in_open).  options holds
 * "name=value" lines of the tool's options that change its state or
 * scores.  path is the --state file or NULL; if it exists it is loaded
 * (exits 65 if it cannot be used, 66 if it cannot be read).
 */
statefile *statefile_open(const char *path, const statefile_ops *ops, const char *options,
			  const cli_common *c, cli_in *in);
/*
 * The current row's group's cli_in_ncols(in) slots.  A group met for the
 * first time gets the series the file held for its key, or NULL slots for
 * the caller to fill (with new series; NULL stays invalid).
 */
void **statefile_group(statefile *sf, cli_in *in);
/* With a path: save every group's series atomically (exits 74 on error).
 * in is not used (kept for the callers). */
void statefile_save(statefile *sf, cli_in *in);
void statefile_free(statefile *sf);

/* Append "name=x\n" to the NUL-terminated options text buf (of size bytes;
 * cut if full), x in the fewest digits that read back as x: a tool's
 * options for statefile_open. */
void statefile_opt_num(char *buf, size_t size, const char *name, double x);

#endif
