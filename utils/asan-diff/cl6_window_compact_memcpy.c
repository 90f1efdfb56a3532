// EXPECT: memcpy-param-overlap
// A record reader keeps a 48-byte local window over read(2) and, after
// handing out the complete lines, moves the unfinished tail to the front
// of the window. It does so with memcpy instead of memmove; as long as the
// consumed part is longer than the tail the ranges do not overlap, but a
// short line followed by a long partial one makes them overlap.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct Sink {
  int lines;
  long bytes;
};

static void emit(struct Sink *s, const char *p, size_t n) {
  s->lines++;
  s->bytes += (long)n + (n ? p[n - 1] : 0);
}

__attribute__((noinline)) static int pump(int fd, struct Sink *sink) {
  char win[48];
  size_t have = 0;
  for (;;) {
    ssize_t r = read(fd, win + have, sizeof win - have);
    if (r <= 0) break;
    have += (size_t)r;
    size_t start = 0;
    char *nl;
    while ((nl = memchr(win + start, '\n', have - start))) {
      emit(sink, win + start, (size_t)(nl - win) - start);
      start = (size_t)(nl - win) + 1;
    }
    if (start == 0 && have == sizeof win) {  // a line longer than the window
      emit(sink, win, have);
      have = 0;
      continue;
    }
    memcpy(win, win + start, have - start);  // BUG
    have -= start;
  }
  if (have) emit(sink, win, have);
  return 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int fds[2];
  if (pipe(fds)) return 1;
  // two short lines, then one longer than what is left of the window
  char text[512];
  int len = snprintf(text, sizeof text, "a=1\nid=%d\n%s\n", n,
                     "a-long-value-that-spans-most-of-the-window-and-more");
  if (write(fds[1], text, (size_t)len) != len) return 1;
  close(fds[1]);
  struct Sink s = {0, 0};
  pump(fds[0], &s);
  close(fds[0]);
  printf("%d lines %ld\n", s.lines, s.bytes);
  return 0;
}
