/* test_blob.c - model/state files: round trip and every refusal. */
#include "blob.h"
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char path[64];

static void
write_sample(void)
{
	blob *b = blob_new();
	double d[3] = {1.5, -2.25e300, 0};

	blob_put_u32(b, 7);
	blob_put_u64(b, 1ULL << 40);
	blob_put_str(b, "cpu", 3);
	blob_put_f64s(b, d, 3);
	blob_put_f32(b, 0.5f);
	CHECK("save", blob_save(b, path, "test", 3) == BLOB_OK);
	blob_free(b);
}

/* Rewrite byte off of the file (or cut it at off when cut). */
static void
damage(long off, int cut)
{
	FILE *fp = fopen(path, "r+b");
	int c;

	if (cut) {
		CHECK("truncate", truncate(path, off) == 0);
	} else {
		fseek(fp, off, SEEK_SET);
		c = fgetc(fp);
		fseek(fp, off, SEEK_SET);
		fputc(c ^ 0x5a, fp);
	}
	fclose(fp);
}

int
main(void)
{
	blob *b;
	uint32_t v = 3, u32;
	uint64_t u64;
	const char *s;
	size_t n;
	double d[3];
	float f;

	snprintf(path, sizeof path, "/tmp/adk_test_blob.%ld", (long)getpid());
	write_sample();
	CHECK("load", blob_load(path, "test", &v, &b) == BLOB_OK);
	CHECK("u32", blob_get_u32(b, &u32) == 0 && u32 == 7);
	CHECK("u64", blob_get_u64(b, &u64) == 0 && u64 == 1ULL << 40);
	CHECK("str", blob_get_str(b, &s, &n) == 0 && n == 3 && memcmp(s, "cpu", 3) == 0);
	CHECK("f64s", blob_get_f64s(b, d, 3) == 0 && d[0] == 1.5 && d[1] == -2.25e300 && d[2] == 0);
	CHECK("f32", blob_get_f32(b, &f) == 0 && f == 0.5f);
	CHECK("all read", blob_left(b) == 0);
	CHECK("read past end", blob_get_u32(b, &u32) == -1);
	blob_free(b);

	v = 3;
	CHECK("other kind", blob_load(path, "iforest", &v, &b) == BLOB_EKIND && b == NULL);
	v = 4;
	CHECK("other version", blob_load(path, "test", &v, &b) == BLOB_EVERSION && v == 3);
	v = 3;
	damage(50, 0);
	CHECK("corrupt payload", blob_load(path, "test", &v, &b) != BLOB_OK && b == NULL);
	write_sample();
	damage(17, 0);
	CHECK("corrupt header", blob_load(path, "test", &v, &b) == BLOB_ECRC);
	write_sample();
	damage(47, 1);
	CHECK("truncated", blob_load(path, "test", &v, &b) == BLOB_ETRUNC);
	damage(20, 1);
	CHECK("truncated header", blob_load(path, "test", &v, &b) == BLOB_ETRUNC);
	damage(0, 1);
	CHECK("empty file", blob_load(path, "test", &v, &b) == BLOB_EMAGIC);
	CHECK("missing file", blob_load("/nonexistent/x", "test", &v, &b) == BLOB_EOPEN);
	unlink(path);
	return check_status();
}
