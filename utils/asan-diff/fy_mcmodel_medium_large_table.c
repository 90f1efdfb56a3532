// EXPECT: global-buffer-overflow
// FLAGS: -mcmodel=medium -mlarge-data-threshold=4096
// Code model "medium" (used by programs with huge static tables): data
// objects above the threshold live in the large-data sections (.lbss,
// .ldata) addressed with 64-bit offsets. A "seen" table in .lbss of 65000
// entries (a prime-ish size someone picked) is indexed with a 16-bit mask
// that assumes 65536 entries.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char seen[65000];
static int small_counter;

__attribute__((noinline)) static unsigned hash16(const char *s) {
  unsigned h = 5381;
  while (*s) h = h * 33 + (unsigned char)*s++;
  return h & 0xffff;
}

__attribute__((noinline)) static int mark(const char *s) {
  unsigned h = hash16(s);
  int was = seen[h]; // BUG
  seen[h] = 1;
  small_counter++;
  return was;
}

int main(int argc, char **argv) {
  char w[8] = {0};
  int dup = 0;
  for (int i = 0; i < 26 * atoi(argv[1]); i++) {
    w[0] = argv[2][i % 26];
    w[1] = argv[2][(i / 26) % 26];
    w[2] = (char)('a' + i % 7);
    dup += mark(w);
  }
  printf("%d %d\n", dup, small_counter);
  return 0;
}
