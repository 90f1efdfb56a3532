// EXPECT: stack-buffer-overflow
// A UTF-8 encoder writing code points into a fixed line buffer that is flushed when full. The
// room check reserves 3 bytes, the longest sequence of the Basic Multilingual Plane, but code
// points past U+FFFF take 4, so an emoji arriving 3 bytes before the end runs past the buffer.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LINE 32

struct writer {
  char *buf; /* LINE bytes */
  size_t pos;
  size_t flushed;
  unsigned lines;
};

static void flush(struct writer *w) {
  w->flushed += w->pos;
  w->lines++;
  printf("%3u| %.*s\n", w->lines, (int)w->pos, w->buf);
  w->pos = 0;
}

static int encode(uint32_t cp, char *out) {
  if (cp < 0x80) { out[0] = (char)cp; return 1; }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | cp >> 6);
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    if (cp >= 0xD800 && cp <= 0xDFFF) return -1; /* surrogate */
    out[0] = (char)(0xE0 | cp >> 12);
    out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  if (cp > 0x10FFFF) return -1;
  out[0] = (char)(0xF0 | cp >> 18);
  out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
  out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

static int put(struct writer *w, uint32_t cp) {
  if (w->pos + 3 > LINE) flush(w); /* room for the longest sequence */
  char seq[4];
  int n = encode(cp, seq);
  if (n < 0) return -1;
  memcpy(w->buf + w->pos, seq, (size_t)n); // BUG
  w->pos += (size_t)n;
  return 0;
}

static size_t decode_count(const char *s, size_t n) {
  size_t cps = 0;
  for (size_t i = 0; i < n; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) cps++;
  return cps;
}

int main(int argc, char **argv) {
  int reps = argc > 1 ? atoi(argv[1]) : 10;
  const char *ascii = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  uint32_t text[128];
  size_t n = 0;
  for (size_t i = 0; ascii[i] && n < 100; i++) text[n++] = (unsigned char)ascii[i];
  text[n++] = 0xE9;    /* e acute: 2 bytes */
  text[n++] = 'x';
  text[n++] = 0x1F600; /* grinning face: 4 bytes */
  text[n++] = 0x2603;  /* snowman: 3 bytes */
  text[n++] = 0xD800;  /* a lone surrogate: rejected */
  char line[LINE];
  struct writer w;
  memset(&w, 0, sizeof w);
  w.buf = line;
  int bad = 0;
  for (int r = 0; r < reps; r++)
    for (size_t i = 0; i < n; i++) bad += put(&w, text[i]) < 0;
  size_t tail = decode_count(w.buf, w.pos);
  flush(&w);
  printf("%zu bytes in %u lines, %zu code points in the last, %d rejected\n", w.flushed, w.lines, tail, bad);
  return 0;
}
