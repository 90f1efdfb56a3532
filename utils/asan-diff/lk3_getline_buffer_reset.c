// EXPECT: leak
// a record reader resets its getline buffer pointer to NULL before every call "to start fresh", so each buffer glibc's getline allocated is dropped without being freed
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct stats {
  int lines, fields;
  size_t longest;
  long checksum;
};

static void scan_line(struct stats *st, const char *line, size_t len) {
  st->lines++;
  if (len > st->longest) st->longest = len;
  st->fields++;
  for (size_t i = 0; i < len; i++) {
    if (line[i] == ';') st->fields++;
    st->checksum = st->checksum * 31 + (unsigned char)line[i];
  }
}

static void read_all(FILE *in, struct stats *st) {
  char *line;
  size_t cap;
  ssize_t len;
  for (;;) {
    line = NULL; // BUG
    cap = 0;
    len = getline(&line, &cap, in);
    if (len < 0) break;
    if (len && line[len - 1] == '\n') line[--len] = '\0';
    scan_line(st, line, (size_t)len);
  }
  free(line);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  char text[1024];
  size_t off = 0;
  for (int i = 0; i < n / 2; i++)
    off += (size_t)snprintf(text + off, sizeof text - off, "%d;%.*s;%d\n", i, 3 + i * 4, alpha, i * i);
  FILE *in = fmemopen(text, off, "r");
  struct stats st = {0, 0, 0, 0};
  read_all(in, &st);
  fclose(in);
  printf("%d lines, %d fields, longest %zu, checksum %ld\n", st.lines, st.fields, st.longest, st.checksum);
  return 0;
}
