/*
 * test_suppress.c - suppression windows: [start, end) boundaries, merging of
 * overlapping windows, adjacency, group and global windows, the file reader.
 * Expected tags and reasons are worked out by hand from the windows given.
 */
#include "check.h"
#include "suppress.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static suppress *
make(void)
{
	suppress *s = suppress_new();

	if (s == NULL) {
		printf("not ok - suppress_new\n");
		exit(1);
	}
	return s;
}

static void
boundaries(void)
{
	suppress *s = make();
	long tag;

	CHECK("add", suppress_add(s, 100, 200, NULL, 0, "deploy") == SUPPRESS_OK);
	CHECK("nothing found before seal", suppress_find(s, 150, "", 0) == 0);
	CHECK("seal", suppress_seal(s) == SUPPRESS_OK);
	CHECK("add after seal refused", suppress_add(s, 1, 2, NULL, 0, "") == SUPPRESS_ESEALED);
	tag = suppress_find(s, 100, "", 0);
	CHECK("start inclusive", tag > 0 && strcmp(suppress_reason(s, tag), "deploy") == 0);
	CHECK("just before end", suppress_find(s, 199.999, "", 0) == tag);
	CHECK("end exclusive", suppress_find(s, 200, "", 0) == 0);
	CHECK("before start", suppress_find(s, 99.999, "", 0) == 0);
	CHECK("any group sees a global window", suppress_find(s, 150, "web", 3) == tag);
	CHECK("unknown tag has no reason", strcmp(suppress_reason(s, 99), "") == 0 &&
						   strcmp(suppress_reason(s, 0), "") == 0);
	suppress_free(s);
	suppress_free(NULL);
}

static void
merging(void)
{
	suppress *s = make();
	long a, b;

	/* Added out of order: [300,400) b, [100,200) a, [150,250) c, [250,260) a
	 * (touches [150,250) only at 250), [120,130) a (inside), [500,500) empty. */
	CHECK("add", suppress_add(s, 300, 400, NULL, 0, "b") == 0 &&
			     suppress_add(s, 100, 200, NULL, 0, "a") == 0 &&
			     suppress_add(s, 150, 250, NULL, 0, "c") == 0 &&
			     suppress_add(s, 250, 260, NULL, 0, "a") == 0 &&
			     suppress_add(s, 120, 130, NULL, 0, "a") == 0 &&
			     suppress_add(s, 500, 500, NULL, 0, "x") == 0);
	CHECK("end before start refused", suppress_add(s, 2, 1, NULL, 0, "") == SUPPRESS_EORDER);
	CHECK("seal", suppress_seal(s) == 0);
	/* [100,250) a; c, [250,260) a, [300,400) b: three windows. */
	CHECK("merged count", suppress_count(s) == 3);
	a = suppress_find(s, 100, "", 0);
	CHECK("overlaps merge into one", a > 0 && suppress_find(s, 125, "", 0) == a &&
						 suppress_find(s, 210, "", 0) == a &&
						 suppress_find(s, 249.5, "", 0) == a);
	CHECK("merged reasons, distinct, in order of start",
	      strcmp(suppress_reason(s, a), "a; c") == 0);
	b = suppress_find(s, 250, "", 0);
	CHECK("adjacent windows stay apart", b > 0 && b != a &&
						     strcmp(suppress_reason(s, b), "a") == 0);
	CHECK("gap", suppress_find(s, 260, "", 0) == 0 && suppress_find(s, 299, "", 0) == 0);
	CHECK("last window", strcmp(suppress_reason(s, suppress_find(s, 399, "", 0)), "b") == 0 &&
				     suppress_find(s, 400, "", 0) == 0);
	CHECK("empty window holds nothing", suppress_find(s, 500, "", 0) == 0);
	suppress_free(s);
}

static void
groups(void)
{
	suppress *s = make();
	long g, b;

	CHECK("add", suppress_add(s, 100, 200, NULL, 0, "deploy") == 0 &&
			     suppress_add(s, 150, 300, "b", 1, "") == 0 &&
			     suppress_add(s, 1000, 1100, "a", 1, "db") == 0);
	CHECK("seal", suppress_seal(s) == 0);
	g = suppress_find(s, 160, "x", 1);
	CHECK("other group: the global window only",
	      g > 0 && suppress_find(s, 250, "x", 1) == 0 && suppress_find(s, 1050, "x", 1) == 0);
	b = suppress_find(s, 160, "b", 1);
	CHECK("group window merges with the global one",
	      b > 0 && suppress_find(s, 100, "b", 1) == b && suppress_find(s, 299, "b", 1) == b &&
		      suppress_find(s, 300, "b", 1) == 0 &&
		      strcmp(suppress_reason(s, b), "deploy") == 0);
	CHECK("group keys match whole", suppress_find(s, 250, "bb", 2) == 0 &&
						suppress_find(s, 250, "", 0) == 0);
	CHECK("group a", strcmp(suppress_reason(s, suppress_find(s, 1000, "a", 1)), "db") == 0 &&
				 suppress_find(s, 150, "a", 1) > 0);
	suppress_free(s);
}

/* Many windows: every lookup agrees with a linear scan. */
static void
many(void)
{
	suppress *s = make();
	int i, bad = 0;

	for (i = 0; i < 1000; i++)
		suppress_add(s, i * 10.0, i * 10.0 + (i % 3 == 0 ? 15 : 5), NULL, 0, "");
	suppress_seal(s);
	for (i = 0; i < 10020; i++) {
		double t = i + 0.5;
		int j, in = 0;

		for (j = 0; j < 1000; j++)
			if (t >= j * 10.0 && t < j * 10.0 + (j % 3 == 0 ? 15 : 5))
				in = 1;
		if (in != (suppress_find(s, t, "", 0) > 0))
			bad++;
	}
	CHECK("binary search agrees with a scan", bad == 0);
	suppress_free(s);
}

static int
file_of(const char *text)
{
	char path[] = "/tmp/test_suppress.XXXXXX";
	int fd = mkstemp(path);

	if (fd < 0)
		return -1;
	unlink(path);
	if (write(fd, text, strlen(text)) != (ssize_t)strlen(text))
		return -1;
	lseek(fd, 0, SEEK_SET);
	return fd;
}

static int
read_text(const char *text, suppress **out, suppress_info *info)
{
	int fd = file_of(text), rc;

	*out = make();
	rc = suppress_read(*out, fd, info);
	close(fd);
	return rc;
}

static void
reading(void)
{
	suppress *s;
	suppress_info in;
	int rc;

	rc = read_text("start,end,group,reason\n100,200,,deploy\n1970-01-01T00:05:00Z,400,b,x\n", &s,
		       &in);
	/* every group: [100,200); group b: [100,200) and [300,400) */
	CHECK("read with header", rc == SUPPRESS_OK && suppress_count(s) == 3);
	CHECK("read: ISO time and group", suppress_find(s, 350, "b", 1) > 0 &&
						  suppress_find(s, 350, "a", 1) == 0);
	CHECK("read: first group window", in.group_line == 3 && in.group_n == 1 &&
						  in.group[0] == 'b');
	suppress_free(s);

	rc = read_text("", &s, &in);
	CHECK("empty file", rc == SUPPRESS_OK && suppress_count(s) == 0);
	suppress_free(s);

	rc = read_text("100,200\n300,oops\n", &s, &in);
	CHECK("end not a time", rc == SUPPRESS_EEND && in.line == 2 && in.n == 4 &&
					memcmp(in.value, "oops", 4) == 0);
	suppress_free(s);
	rc = read_text("100,200\nlater,300\n", &s, &in);
	CHECK("start not a time after the first line", rc == SUPPRESS_ESTART && in.line == 2);
	suppress_free(s);
	rc = read_text("200,100\n", &s, &in);
	CHECK("ends before it starts", rc == SUPPRESS_EORDER && in.line == 1);
	suppress_free(s);
	rc = read_text("100\n", &s, &in);
	CHECK("one field", rc == SUPPRESS_ENFIELDS && in.got == 1 && in.line == 1);
	suppress_free(s);
	rc = read_text("100,200\n1,2,3,4,5\n", &s, &in);
	CHECK("ragged", rc == SUPPRESS_EROWS && in.want == 2 && in.got == 5 && in.line == 2);
	suppress_free(s);
}

int
main(void)
{
	boundaries();
	merging();
	groups();
	many();
	reading();
	return check_status();
}
