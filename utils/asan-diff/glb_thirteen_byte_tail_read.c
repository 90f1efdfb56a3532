// EXPECT: global-buffer-overflow
// A 13-byte global record is summed with a loop that rounds its length up
// to a multiple of 4 and reads whole ints.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char g_rec13[13] = "HELLO-WORLD!";

static unsigned sum_words(const char *p, size_t n) {
  unsigned s = 0;
  size_t words = (n + 3) / 4;
  for (size_t i = 0; i < words; i++) {
    unsigned w;
    memcpy(&w, p + 4 * i, sizeof w); // BUG
    s += w;
  }
  return s;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  g_rec13[0] = (char)('A' + n);
  volatile size_t len = sizeof g_rec13 + (size_t)(argc - 3);
  printf("%u\n", sum_words(g_rec13, len));
  return 0;
}
