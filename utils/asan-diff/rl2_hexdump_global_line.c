// EXPECT: global-buffer-overflow
// the hex dump line buffer is sized for 16 bytes per row, but the ASCII gutter adds a closing '|' that was not counted
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PER_ROW 16
/* "00000000  " + 16 * "xx " + " |" + 16 ascii chars, NUL  (the final '|' forgotten) */
static char line[10 + PER_ROW * 3 + 2 + PER_ROW + 1];
static const char hexdig[] = "0123456789abcdef";
static unsigned long rows_emitted;
static unsigned long line_hash;

static size_t put_hex(size_t pos, unsigned long v, int digits) {
  for (int d = digits - 1; d >= 0; d--) line[pos++] = hexdig[(v >> (4 * d)) & 15];
  return pos;
}

static void emit(void) {
  rows_emitted++;
  for (const char *p = line; *p; p++) line_hash = line_hash * 131 + (unsigned char)*p;
  if (rows_emitted <= 3) puts(line);
}

static void dump_row(const unsigned char *data, size_t n, unsigned long offset) {
  size_t pos = put_hex(0, offset, 8);
  line[pos++] = ' ';
  line[pos++] = ' ';
  for (size_t i = 0; i < PER_ROW; i++) {
    if (i < n) {
      pos = put_hex(pos, data[i], 2);
    } else {
      line[pos++] = ' ';
      line[pos++] = ' ';
    }
    line[pos++] = ' ';
  }
  line[pos++] = ' ';
  line[pos++] = '|';
  for (size_t i = 0; i < n; i++) line[pos++] = isprint(data[i]) ? (char)data[i] : '.';
  line[pos++] = '|';
  line[pos] = '\0'; // BUG
  emit();
}

static void hexdump(const unsigned char *data, size_t n) {
  for (size_t off = 0; off < n; off += PER_ROW)
    dump_row(data + off, n - off < PER_ROW ? n - off : PER_ROW, (unsigned long)off);
}

static unsigned char *build_payload(const char *word, int reps, size_t *out) {
  size_t wl = strlen(word);
  size_t n = wl * (size_t)reps / 4 + 5;
  unsigned char *p = malloc(n);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)word[i % wl];
    p[i] = (i % 7 == 3) ? (unsigned char)(c ^ 0x80) : c;
  }
  *out = n;
  return p;
}

int main(int argc, char **argv) {
  int reps = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "hexdump";
  size_t n;
  unsigned char *payload = build_payload(word, reps, &n);
  hexdump(payload, n);
  printf("bytes=%zu rows=%lu hash=%016lx\n", n, rows_emitted, line_hash);
  free(payload);
  return 0;
}
