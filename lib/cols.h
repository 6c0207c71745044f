/*
 * cols.h - column lists: "cpu,latency_ms", "2-5", "1,name,7-8".
 */
#ifndef ADK_COLS_H
#define ADK_COLS_H

#include <stddef.h>

#include "rows.h"

enum cols_err {
	COLS_OK = 0,
	COLS_ENOMEM,
	COLS_EUNKNOWN, /* a name that is not in the header, or a number past its end */
	COLS_ERANGE,   /* a malformed range such as "5-2" or "3-" */
	COLS_EEMPTY    /* an empty list or item */
};

/*
 * Resolve spec against the header's n names into 0-based indexes (*idx,
 * malloc'd, freed by the caller; *nidx entries, in the order given, without
 * duplicates).  An item is a header name, else a 1-based number, else a
 * range A-B of numbers.  On error returns the code and points *bad (malloc'd,
 * caller frees) at the offending item.
 */
int cols_select(const char *spec, const rows_field *hdr, size_t n, size_t **idx, size_t *nidx,
		char **bad);

/* Index of the header field named name (n bytes), or -1. */
long cols_find(const rows_field *hdr, size_t n, const char *name, size_t len);

#endif
