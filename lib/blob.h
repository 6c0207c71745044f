/*
 * blob.h - model and state files: versioned, endian-independent, compressed
 * with zlib, checksummed, and written atomically.
 *
 * A blob is a byte buffer that values are appended to (blob_put_*) and read
 * back from in the same order (blob_get_*).  Numbers are stored little-endian
 * whatever the host: integers as fixed-width, doubles and floats as their
 * IEEE 754 bits, so a file written on one machine reads the same on another.
 *
 * File layout (all integers little-endian):
 *   0  8  magic "ADKITBLB"
 *   8  8  kind, NUL-padded ("iforest", "ae", "ewma-st", ...)
 *   16 4  format version of that kind
 *   20 8  payload length, uncompressed
 *   28 8  payload length, compressed
 *   36 4  CRC-32 of the uncompressed payload
 *   40 4  CRC-32 of bytes 0..39
 *   44 .. payload, zlib-compressed
 * blob_save writes a temporary file beside path, fsyncs it, renames it over
 * path and fsyncs the directory: an interrupted save leaves the old file.
 *
 * Nothing here prints or exits; errors are returned as enum blob_err.
 */
#ifndef ADK_BLOB_H
#define ADK_BLOB_H

#include <stddef.h>
#include <stdint.h>

typedef struct blob blob;

enum blob_err {
	BLOB_OK = 0,
	BLOB_ENOMEM,
	BLOB_EOPEN,    /* cannot open or create the file (errno) */
	BLOB_EIO,      /* read or write error (errno) */
	BLOB_EMAGIC,   /* not an adkit file */
	BLOB_EKIND,    /* an adkit file of another kind */
	BLOB_EVERSION, /* another format version */
	BLOB_ETRUNC,   /* truncated file, or a value read past the payload's end */
	BLOB_ECRC,     /* checksum mismatch: the file is corrupt */
	BLOB_EZLIB     /* the payload does not decompress */
};

blob *blob_new(void);
void blob_free(blob *b);

/* Append; 0, or -1 when out of memory (later puts then fail too). */
int blob_put_u32(blob *b, uint32_t v);
int blob_put_u64(blob *b, uint64_t v);
int blob_put_f64(blob *b, double v);
int blob_put_f32(blob *b, float v);
int blob_put_str(blob *b, const char *s, size_t n); /* length, then bytes */
int blob_put_f64s(blob *b, const double *v, size_t n);
int blob_put_f32s(blob *b, const float *v, size_t n);

/* Read in order; 0, or -1 past the end (BLOB_ETRUNC). */
int blob_get_u32(blob *b, uint32_t *v);
int blob_get_u64(blob *b, uint64_t *v);
int blob_get_f64(blob *b, double *v);
int blob_get_f32(blob *b, float *v);
/* A string: *s points into the blob (not NUL-terminated), valid while b is. */
int blob_get_str(blob *b, const char **s, size_t *n);
int blob_get_f64s(blob *b, double *v, size_t n);
int blob_get_f32s(blob *b, float *v, size_t n);
/* Bytes left to read: a loader checks it is 0 at the end. */
size_t blob_left(const blob *b);

/* Save atomically as kind/version; returns an enum blob_err. */
int blob_save(const blob *b, const char *path, const char *kind, uint32_t version);

/*
 * Load path, checking magic, kind, version, lengths and checksums.  *version
 * is the version expected; on BLOB_EVERSION it is set to the file's.  On
 * success *out is a blob positioned at the payload's start (caller frees).
 */
int blob_load(const char *path, const char *kind, uint32_t *version, blob **out);

const char *blob_strerror(int err);

#endif
