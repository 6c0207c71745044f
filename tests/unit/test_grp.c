/* test_grp.c - group keys to dense indexes, many keys. */
#include "check.h"
#include "grp.h"

#include <stdio.h>
#include <string.h>

int
main(void)
{
	grp *g = grp_new();
	char key[32];
	size_t i, n;
	int added, ok = 1;
	long idx;
	const char *k;

	CHECK("new", g != NULL && grp_count(g) == 0);
	CHECK("first key is 0", grp_get(g, "a", 1, &added) == 0 && added == 1);
	CHECK("same key again", grp_get(g, "a", 1, &added) == 0 && added == 0);
	CHECK("empty key", grp_get(g, "", 0, &added) == 1 && added == 1);
	CHECK("prefix is another key", grp_get(g, "ab", 2, &added) == 2 && added == 1);
	CHECK("bytes, not C strings", grp_get(g, "a\0b", 3, &added) == 3 && added == 1 &&
					      grp_get(g, "a\0c", 3, &added) == 4 && added == 1);
	/* 200000 keys: indexes are dense, in order of first sight, and survive
	 * every rehash. */
	for (i = 0; i < 200000; i++) {
		n = (size_t)snprintf(key, sizeof key, "pod-%zu", i);
		idx = grp_get(g, key, n, &added);
		ok &= idx == (long)(i + 5) && added == 1;
	}
	CHECK("200000 new keys, dense indexes", ok);
	CHECK("count", grp_count(g) == 200005);
	for (i = 0, ok = 1; i < 200000; i++) {
		n = (size_t)snprintf(key, sizeof key, "pod-%zu", (i * 7919) % 200000);
		idx = grp_get(g, key, n, &added);
		ok &= idx == (long)((i * 7919) % 200000 + 5) && added == 0;
	}
	CHECK("every key found again", ok && grp_count(g) == 200005);
	for (i = 0, ok = 1; i < 200000; i += 997) {
		char want[32];
		size_t wn = (size_t)snprintf(want, sizeof want, "pod-%zu", i);

		k = grp_key(g, i + 5, &n);
		ok &= n == wn && memcmp(k, want, n) == 0;
	}
	CHECK("keys by index", ok);
	k = grp_key(g, 1, &n);
	CHECK("empty key by index", n == 0);
	k = grp_key(g, 3, &n);
	CHECK("key with NUL by index", n == 3 && memcmp(k, "a\0b", 3) == 0);
	CHECK("early keys still there", grp_get(g, "a", 1, &added) == 0 && added == 0);
	grp_free(g);
	grp_free(NULL);
	return check_status();
}
