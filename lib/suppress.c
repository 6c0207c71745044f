/*
 * suppress.c - suppression windows: reading, merging, lookup.
 */
#include "suppress.h"
#include "rows.h"
#include "ts.h"

#include <stdlib.h>
#include <string.h>

/* A window as added. */
typedef struct {
	double start, end;
	char *group;  /* NULL: every group */
	size_t n;
	char *reason; /* never NULL */
	size_t seq;   /* order of addition: ties in start keep it */
} raw;

/* A merged window. */
typedef struct {
	double start, end;
	char *reason;
} window;

/* A group's list: win[lo, hi), sorted by start, disjoint. */
typedef struct {
	char *key;
	size_t n;
	size_t lo, hi;
} list;

struct suppress {
	raw *raw;
	size_t nraw, rawcap;
	int sealed;
	window *win;     /* every list's windows, one list after another */
	size_t nwin, wincap;
	list all;        /* the windows for every group */
	list *groups;    /* sorted by key */
	size_t ngroups;
	char *errval;    /* copies behind suppress_info's views */
	char *grpval;
};

suppress *
suppress_new(void)
{
	return calloc(1, sizeof(suppress));
}

void
suppress_free(suppress *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->nraw; i++) {
		free(s->raw[i].group);
		free(s->raw[i].reason);
	}
	for (i = 0; i < s->nwin; i++)
		free(s->win[i].reason);
	for (i = 0; i < s->ngroups; i++)
		free(s->groups[i].key);
	free(s->raw);
	free(s->win);
	free(s->groups);
	free(s->errval);
	free(s->grpval);
	free(s);
}

int
suppress_add(suppress *s, double start, double end, const char *group, size_t n,
	     const char *reason)
{
	raw *x;

	if (s->sealed)
		return SUPPRESS_ESEALED;
	if (!(start <= end))
		return SUPPRESS_EORDER;
	if (s->nraw == s->rawcap) {
		size_t cap = s->rawcap ? 2 * s->rawcap : 8;
		raw *p = realloc(s->raw, cap * sizeof *p);

		if (p == NULL)
			return SUPPRESS_ENOMEM;
		s->raw = p;
		s->rawcap = cap;
	}
	x = &s->raw[s->nraw];
	memset(x, 0, sizeof *x);
	x->start = start;
	x->end = end;
	x->seq = s->nraw;
	if ((x->reason = strdup(reason ? reason : "")) == NULL)
		return SUPPRESS_ENOMEM;
	if (n > 0) {
		if ((x->group = malloc(n)) == NULL) {
			free(x->reason);
			return SUPPRESS_ENOMEM;
		}
		memcpy(x->group, group, n);
		x->n = n;
	}
	s->nraw++;
	return SUPPRESS_OK;
}

/* ---- reading ---- */

static char *
copy(char **dst, const char *p, size_t n)
{
	free(*dst);
	if ((*dst = malloc(n + 1)) == NULL)
		return NULL;
	memcpy(*dst, p, n);
	(*dst)[n] = '\0';
	return *dst;
}

static int
read_lines(suppress *s, rows_reader *r, suppress_info *info)
{
	int rc, first = 1, err;
	char *reason = NULL;

	while ((rc = rows_read(r)) == 1) {
		size_t n;
		const rows_field *f = rows_fields(r, &n);
		double start, end;

		info->line = rows_line(r);
		if (n < 2 || n > 4) {
			info->got = n;
			free(reason);
			return SUPPRESS_ENFIELDS;
		}
		if (ts_parse(f[0].p, f[0].n, &start) < 0) {
			if (first) {
				first = 0;
				continue; /* a header */
			}
			err = SUPPRESS_ESTART;
			goto bad_value;
		}
		first = 0;
		if (ts_parse(f[1].p, f[1].n, &end) < 0) {
			err = SUPPRESS_EEND;
			f++;
			goto bad_value;
		}
		if (end < start) {
			free(reason);
			return SUPPRESS_EORDER;
		}
		if (n > 2 && f[2].n > 0 && info->group_line == 0) {
			if (copy(&s->grpval, f[2].p, f[2].n) == NULL)
				goto nomem;
			info->group_line = info->line;
			info->group = s->grpval;
			info->group_n = f[2].n;
		}
		if (copy(&reason, n > 3 ? f[3].p : "", n > 3 ? f[3].n : 0) == NULL)
			goto nomem;
		err = suppress_add(s, start, end, n > 2 ? f[2].p : NULL, n > 2 ? f[2].n : 0, reason);
		if (err != SUPPRESS_OK) {
			free(reason);
			return err;
		}
		continue;
	bad_value:
		free(reason);
		if (copy(&s->errval, f[0].p, f[0].n) == NULL)
			return SUPPRESS_ENOMEM;
		info->value = s->errval;
		info->n = f[0].n;
		return err;
	}
	free(reason);
	if (rc < 0) {
		info->line = rows_line(r);
		info->rows = rows_errcode(r);
		if (info->rows == ROWS_EFIELDS)
			rows_field_counts(r, &info->want, &info->got);
		return SUPPRESS_EROWS;
	}
	return SUPPRESS_OK;
nomem:
	free(reason);
	return SUPPRESS_ENOMEM;
}

int
suppress_read(suppress *s, int fd, suppress_info *info)
{
	rows_reader *r;
	int err;

	memset(info, 0, sizeof *info);
	r = rows_reader_new(fd, 0, ROWS_NO_HEADER, &err);
	if (r == NULL) {
		if (err == ROWS_ENOHDR)
			return suppress_seal(s); /* an empty file: no windows */
		info->line = 1;
		info->rows = err;
		return err == ROWS_ENOMEM ? SUPPRESS_ENOMEM : SUPPRESS_EROWS;
	}
	err = read_lines(s, r, info);
	rows_reader_free(r);
	return err != SUPPRESS_OK ? err : suppress_seal(s);
}

/* ---- sealing ---- */

static int
keycmp(const char *a, size_t an, const char *b, size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);

	return c ? c : (an > bn) - (an < bn);
}

/* Raw windows by group (every group's first), then start, then order. */
static int
raw_cmp(const void *pa, const void *pb)
{
	const raw *a = pa, *b = pb;
	int c;

	if ((a->group == NULL) != (b->group == NULL))
		return a->group == NULL ? -1 : 1;
	if (a->group && (c = keycmp(a->group, a->n, b->group, b->n)) != 0)
		return c;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* Append reason r to *acc unless empty or already there. */
static int
add_reason(char **acc, const char *r)
{
	size_t an, rn = strlen(r);
	const char *p;
	char *np;

	if (rn == 0)
		return 0;
	if (*acc == NULL)
		return (*acc = strdup(r)) == NULL ? -1 : 0;
	for (p = *acc; (p = strstr(p, r)) != NULL; p++)
		if ((p == *acc || (p >= *acc + 2 && memcmp(p - 2, "; ", 2) == 0)) &&
		    (p[rn] == '\0' || memcmp(p + rn, "; ", 2) == 0))
			return 0;
	an = strlen(*acc);
	if ((np = realloc(*acc, an + rn + 3)) == NULL)
		return -1;
	memcpy(np + an, "; ", 2);
	memcpy(np + an + 2, r, rn + 1);
	*acc = np;
	return 0;
}

static int
push_window(suppress *s, double start, double end, char *reason)
{
	if (s->nwin == s->wincap) {
		size_t cap = s->wincap ? 2 * s->wincap : 8;
		window *p = realloc(s->win, cap * sizeof *p);

		if (p == NULL)
			return -1;
		s->win = p;
		s->wincap = cap;
	}
	s->win[s->nwin].start = start;
	s->win[s->nwin].end = end;
	s->win[s->nwin].reason = reason;
	s->nwin++;
	return 0;
}

/* Close the window being merged: push it with its reason ("" for none). */
static int
flush(suppress *s, double start, double end, char **reason)
{
	char *r = *reason ? *reason : strdup("");

	*reason = NULL;
	if (r == NULL)
		return -1;
	if (push_window(s, start, end, r) < 0) {
		free(r);
		return -1;
	}
	return 0;
}

/* Merge two runs of raw windows, each sorted by start, a[0..na) and
 * b[0..nb), into the list l. */
static int
merge_into(suppress *s, const raw *a, size_t na, const raw *b, size_t nb, list *l)
{
	size_t i = 0, j = 0;
	int open = 0;
	double start = 0, end = 0;
	char *reason = NULL;

	l->lo = s->nwin;
	while (i < na || j < nb) {
		const raw *x;

		/* The earlier start next; a tie takes the window for every group. */
		if (j >= nb || (i < na && a[i].start <= b[j].start))
			x = &a[i++];
		else
			x = &b[j++];
		if (x->end <= x->start)
			continue; /* holds no time */
		if (open && x->start < end) {
			if (x->end > end)
				end = x->end;
		} else {
			if (open && flush(s, start, end, &reason) < 0)
				goto nomem;
			open = 1;
			start = x->start;
			end = x->end;
		}
		if (add_reason(&reason, x->reason) < 0)
			goto nomem;
	}
	if (open && flush(s, start, end, &reason) < 0)
		goto nomem;
	l->hi = s->nwin;
	return 0;
nomem:
	free(reason);
	return -1;
}

int
suppress_seal(suppress *s)
{
	size_t nall = 0, i, j;

	if (s->sealed)
		return SUPPRESS_OK;
	if (s->nraw > 1)
		qsort(s->raw, s->nraw, sizeof *s->raw, raw_cmp);
	while (nall < s->nraw && s->raw[nall].group == NULL)
		nall++;
	if (merge_into(s, s->raw, nall, NULL, 0, &s->all) < 0)
		return SUPPRESS_ENOMEM;
	for (i = nall; i < s->nraw; i = j) {
		list *l;

		for (j = i + 1; j < s->nraw && keycmp(s->raw[i].group, s->raw[i].n, s->raw[j].group,
						      s->raw[j].n) == 0;
		     j++)
			;
		l = realloc(s->groups, (s->ngroups + 1) * sizeof *l);
		if (l == NULL)
			return SUPPRESS_ENOMEM;
		s->groups = l;
		l = &s->groups[s->ngroups];
		memset(l, 0, sizeof *l);
		if ((l->key = malloc(s->raw[i].n)) == NULL)
			return SUPPRESS_ENOMEM;
		memcpy(l->key, s->raw[i].group, s->raw[i].n);
		l->n = s->raw[i].n;
		s->ngroups++;
		if (merge_into(s, s->raw, nall, s->raw + i, j - i, l) < 0)
			return SUPPRESS_ENOMEM;
	}
	s->sealed = 1;
	return SUPPRESS_OK;
}

/* ---- lookup ---- */

long
suppress_find(const suppress *s, double t, const char *group, size_t n)
{
	const list *l = &s->all;
	size_t lo = 0, hi = s->ngroups;

	if (!s->sealed)
		return 0;
	if (n > 0) {
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			int c = keycmp(group, n, s->groups[mid].key, s->groups[mid].n);

			if (c == 0) {
				l = &s->groups[mid];
				break;
			}
			if (c < 0)
				hi = mid;
			else
				lo = mid + 1;
		}
	}
	/* The last window starting at or before t. */
	lo = l->lo;
	hi = l->hi;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (s->win[mid].start <= t)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > l->lo && t < s->win[lo - 1].end)
		return (long)lo; /* index lo - 1, tag lo */
	return 0;
}

const char *
suppress_reason(const suppress *s, long tag)
{
	if (tag < 1 || (size_t)tag > s->nwin)
		return "";
	return s->win[tag - 1].reason;
}

size_t
suppress_count(const suppress *s)
{
	return s->nwin;
}
