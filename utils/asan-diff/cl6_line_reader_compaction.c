// EXPECT: none
// A line reader over read(2) into a small local window, an exact-size VLA
// (1 to 200 bytes, most smaller than long.txt's first line): it scans for
// '\n' with memchr over exactly the bytes held, hands complete lines to a
// callback, compacts the rest of the window with memmove (moving the
// partial line to the start) and, when one line fills the whole window,
// passes the chunk on as a continuation piece.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct Stats {
  int lines, pieces;
  long bytes;
  char last[16];
};

static void on_piece(struct Stats *st, const char *p, size_t n, int complete) {
  st->bytes += (long)n;
  st->pieces++;
  st->lines += complete;
  size_t k = n < sizeof st->last ? n : sizeof st->last;
  memcpy(st->last, p + n - k, k);
  if (k < sizeof st->last) st->last[k] = '\0';
}

__attribute__((noinline)) static int read_lines(const char *path, size_t cap, struct Stats *st) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return -1;
  char win[cap];
  size_t have = 0;
  for (;;) {
    ssize_t r = read(fd, win + have, cap - have);
    if (r <= 0) break;
    have += (size_t)r;
    size_t start = 0;
    for (;;) {
      char *nl = memchr(win + start, '\n', have - start);
      if (!nl) break;
      size_t len = (size_t)(nl - (win + start));
      on_piece(st, win + start, len, 1);
      start += len + 1;
    }
    if (start == 0 && have == cap) {  // one line fills the window
      on_piece(st, win, have, 0);
      have = 0;
    } else {
      memmove(win, win + start, have - start);
      have -= start;
    }
  }
  if (have) on_piece(st, win, have, 1);
  close(fd);
  return 0;
}

int main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  long total = 0;
  static const size_t caps[] = {1, 2, 7, 8, 31, 32, 59, 60, 61, 64, 200};
  for (unsigned i = 0; i < sizeof caps / sizeof caps[0]; i++) {
    struct Stats st;
    memset(&st, 0, sizeof st);
    if (read_lines("long.txt", caps[i], &st)) return 1;
    total += st.lines * 1000 + st.pieces + st.bytes;
    printf("cap %3zu: %d lines, %d pieces, %ld bytes\n", caps[i], st.lines, st.pieces, st.bytes);
  }
  printf("%ld\n", total);
  return 0;
}
