// EXPECT: global-buffer-overflow
// Full justification of a paragraph to a fixed width: words are packed greedily into lines and
// the gaps padded with extra spaces, into a global line buffer of WIDTH + 1 bytes. The packing
// test counts the word lengths and the single spaces but the check is `<= WIDTH + 1`, so a line
// one character too long is accepted and its terminator lands past the buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WIDTH 30

static char line_buf[WIDTH + 1];
static int lines_out;

static void emit(const char **words, const int *lens, int n, int last) {
  int total = 0;
  for (int i = 0; i < n; i++) total += lens[i];
  int gaps = n - 1;
  int spaces = WIDTH - total;
  int pos = 0;
  for (int i = 0; i < n; i++) {
    memcpy(line_buf + pos, words[i], (size_t)lens[i]);
    pos += lens[i];
    if (i < gaps) {
      int pad = last ? 1 : spaces / gaps + (i < spaces % gaps);
      if (pad < 1) pad = 1;
      memset(line_buf + pos, ' ', (size_t)pad);
      pos += pad;
    }
  }
  line_buf[pos] = '\0'; // BUG
  lines_out++;
  printf("|%-*s|\n", WIDTH, line_buf);
}

static void justify(const char *text) {
  const char *words[64];
  int lens[64];
  int n = 0, width = 0;
  const char *p = text;
  while (*p) {
    while (*p == ' ') p++;
    if (!*p) break;
    const char *w = p;
    while (*p && *p != ' ') p++;
    int len = (int)(p - w);
    if (len > WIDTH) len = WIDTH; /* hard-cut a monster word */
    int need = width + (n ? 1 : 0) + len;
    if (n && need > WIDTH + 1) { /* does not fit: flush the line */
      emit(words, lens, n, 0);
      n = 0;
      need = len;
    }
    words[n] = w;
    lens[n] = len;
    n++;
    width = need;
  }
  if (n) emit(words, lens, n, 1);
}

int main(int argc, char **argv) {
  int reps = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char text[1024];
  size_t len = 0;
  static const char *filler[] = { "the", "quick", "brown", "fox", "jumps", "over", "a", "lazy", "dog" };
  for (int r = 0; r < reps && len + 40 < sizeof text; r++) {
    len += (size_t)snprintf(text + len, sizeof text - len, "%s %s ", filler[r % 9], filler[(r * 4) % 9]);
    if (r % 4 == 3) len += (size_t)snprintf(text + len, sizeof text - len, "%.*s ", 4 + r, alpha);
  }
  justify(text);
  printf("%d lines\n", lines_out);
  return 0;
}
