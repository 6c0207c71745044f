/* test_cols.c - column lists against a header. */
#include "check.h"
#include "cols.h"

#include <stdlib.h>
#include <string.h>

static const rows_field hdr[] = {
	{"time", 4}, {"cpu", 3}, {"mem", 3}, {"2-3", 3}, {"7", 1}, {"disk io", 7},
};
#define NH (sizeof hdr / sizeof hdr[0])

/* spec selects exactly the 0-based indexes in want (n of them). */
static int
selects(const char *spec, const size_t *want, size_t n)
{
	size_t *idx = NULL, nidx = 0, i;
	char *bad = NULL;
	int ok = cols_select(spec, hdr, NH, &idx, &nidx, &bad) == COLS_OK && nidx == n &&
		 bad == NULL;

	for (i = 0; ok && i < n; i++)
		ok = idx[i] == want[i];
	free(idx);
	free(bad);
	return ok;
}

/* spec fails with code, naming the item badw. */
static int
fails(const char *spec, int code, const char *badw)
{
	size_t *idx = (size_t *)1, nidx = 9;
	char *bad = NULL;
	int rc = cols_select(spec, hdr, NH, &idx, &nidx, &bad);
	int ok = rc == code && idx == NULL && nidx == 0 && bad != NULL && strcmp(bad, badw) == 0;

	free(bad);
	return ok;
}

int
main(void)
{
	static const size_t one[] = {1}, two[] = {1, 2}, order[] = {2, 0}, range[] = {1, 2, 3},
			    name_num[] = {3}, seven[] = {4}, six[] = {5}, dup[] = {1, 2, 0},
			    all[] = {0, 1, 2, 3, 4, 5};

	CHECK("name", selects("cpu", one, 1));
	CHECK("names", selects("cpu,mem", two, 2));
	CHECK("order kept", selects("mem,time", order, 2));
	CHECK("number", selects("2", one, 1));
	CHECK("range", selects("2-4", range, 3));
	CHECK("range of one", selects("2-2", one, 1));
	CHECK("whole header", selects("1-6", all, 6));
	CHECK("a name that looks like a range is the name", selects("2-3", name_num, 1));
	CHECK("a name that looks like a number is the name", selects("7", seven, 1));
	CHECK("name with a blank", selects("disk io", six, 1));
	CHECK("duplicates dropped", selects("cpu,2,mem,3,1", dup, 3));
	CHECK("unknown name", fails("cpu,gpu", COLS_EUNKNOWN, "gpu"));
	CHECK("case matters", fails("CPU", COLS_EUNKNOWN, "CPU"));
	CHECK("blank around a name matters", fails(" cpu", COLS_EUNKNOWN, " cpu"));
	CHECK("number past the end", fails("8", COLS_EUNKNOWN, "8"));
	CHECK("number 0", fails("0", COLS_EUNKNOWN, "0"));
	CHECK("range past the end", fails("5-9", COLS_EUNKNOWN, "5-9"));
	CHECK("reversed range", fails("3-2", COLS_ERANGE, "3-2"));
	CHECK("open range", fails("3-", COLS_ERANGE, "3-"));
	CHECK("range from 0", fails("0-2", COLS_ERANGE, "0-2"));
	CHECK("leading dash", fails("-2", COLS_ERANGE, "-2"));
	CHECK("empty list", fails("", COLS_EEMPTY, ""));
	CHECK("empty item", fails("cpu,,mem", COLS_EEMPTY, ""));
	CHECK("trailing comma", fails("cpu,", COLS_EEMPTY, ""));
	CHECK("huge number", fails("99999999999999999999", COLS_EUNKNOWN, "99999999999999999999"));
	CHECK("find", cols_find(hdr, NH, "mem", 3) == 2);
	CHECK("find by length, not prefix", cols_find(hdr, NH, "memory", 2) == -1);
	CHECK("find missing", cols_find(hdr, NH, "gpu", 3) == -1);
	return check_status();
}
