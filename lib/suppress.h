/*
 * suppress.h - suppression windows (maintenance, known events): the times
 * [start, end) during which an alert must not fire, for one group or all.
 *
 * Windows are added (or read from a file), then sealed: suppress_seal()
 * sorts each group's windows, its own and those for every group together,
 * by start and merges the ones that overlap, so that a lookup is two binary
 * searches (the group key, then the time): O(log windows) per point.
 *
 * Merging: windows that overlap (the next starts before the current one
 * ends) become one, whose reason is the distinct non-empty reasons of its
 * parts joined by "; " in order of start.  Windows that only touch (one ends
 * where the next starts) stay apart, so an incident crossing that instant is
 * cut there and each piece keeps its own reason.  A window with end ==
 * start holds no time and is dropped.  Memory: the windows for every group
 * are copied into each group's list, O(groups named * global windows).
 *
 * A window's tag (from suppress_find) is 1, 2, ... for the merged window
 * holding t, 0 for none; suppress_reason() gives its reason.
 *
 * Ownership: suppress_add() copies its strings; suppress_free(NULL) is a
 * no-op.  suppress_read() reads from a descriptor it does not close.
 * Nothing here prints or exits: errors are returned as enum suppress_err,
 * with the line and the offending text in a suppress_info.
 */
#ifndef ADK_SUPPRESS_H
#define ADK_SUPPRESS_H

#include <stddef.h>

typedef struct suppress suppress;

enum suppress_err {
	SUPPRESS_OK = 0,
	SUPPRESS_ENOMEM,
	SUPPRESS_EROWS,    /* the file cannot be read as CSV/TSV: info.rows (rows.h) */
	SUPPRESS_ENFIELDS, /* a line without 2 to 4 fields: info.got */
	SUPPRESS_ESTART,   /* start is not a time: info.value */
	SUPPRESS_EEND,     /* end is not a time: info.value */
	SUPPRESS_EORDER,   /* the window ends before it starts */
	SUPPRESS_ESEALED   /* a window added after suppress_seal() */
};

/* What suppress_read() met. */
typedef struct {
	long long line;     /* 1-based line of the error */
	int rows;           /* SUPPRESS_EROWS: the rows_err code */
	size_t want, got;   /* field counts (ROWS_EFIELDS: expected and found) */
	const char *value;  /* SUPPRESS_ESTART/EEND: the text (not NUL-terminated) */
	size_t n;
	/* Also on success: the first window naming a group, for a caller
	 * without groups to warn about (line 0: none). */
	long long group_line;
	const char *group;  /* its group (not NUL-terminated) */
	size_t group_n;
} suppress_info;

/* NULL if out of memory. */
suppress *suppress_new(void);
void suppress_free(suppress *s);

/* Add the window [start, end) (start <= end) for the group key (n bytes;
 * n == 0: every group) with a reason (NUL-terminated, may be "" or NULL).
 * Returns an enum suppress_err. */
int suppress_add(suppress *s, double start, double end, const char *group, size_t n,
		 const char *reason);

/*
 * Add the windows of a CSV or TSV file on fd: lines start,end[,group][,reason],
 * times as epoch seconds or ISO 8601 (ts.h).  A first line whose start is
 * not a time is a header.  An empty file holds no windows.  Returns an enum
 * suppress_err; *info says where.  The views in *info stay valid until
 * suppress_free().  Then seals.
 */
int suppress_read(suppress *s, int fd, suppress_info *info);

/* Sort and merge (see above); after it suppress_add() fails.  Returns an
 * enum suppress_err. */
int suppress_seal(suppress *s);

/* Tag of the window holding t for the group key (n bytes), or 0.  Finds
 * nothing before suppress_seal(). */
long suppress_find(const suppress *s, double t, const char *group, size_t n);
/* The reason of the window tagged tag ("" when it has none, or no such tag). */
const char *suppress_reason(const suppress *s, long tag);
/* Windows after merging, over all lists (for tests and messages). */
size_t suppress_count(const suppress *s);

#endif
