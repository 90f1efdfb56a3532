// EXPECT: global-buffer-overflow
// A 7-byte global key is compared 8 bytes at a time by a word-wise
// comparison loop; the only word reads one byte past the key.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char g_key[7] = {'s', 'e', 'c', 'r', 'e', 't', '!'};

static int wordwise_equal(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i += 8) {
    uint64_t x, y;
    memcpy(&x, a + i, 8); // BUG
    memcpy(&y, b + i, 8);
    if (x != y) return 0;
  }
  return 1;
}

int main(int argc, char **argv) {
  char guess[16];
  int n = atoi(argv[1]);
  memcpy(guess, argv[argc - 1] + n, 16);
  volatile size_t len = sizeof g_key;
  printf("%d\n", wordwise_equal(g_key, guess, len));
  return 0;
}
