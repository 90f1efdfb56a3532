// EXPECT: stack-buffer-overflow
// Color-lookup entries are two 12-bit fields packed into 3 bytes. Setting
// the second field of every entry with `<= n` reads and rewrites the
// 3-byte unit of entry 10 of a 10-entry local array (a 24-bit load and
// store of the bit-field's storage).
#include <stdio.h>
#include <stdlib.h>

struct __attribute__((packed)) clut {
  unsigned lo : 12;
  unsigned hi : 12;
};

__attribute__((noinline)) static void set_hi(struct clut *c, int n, unsigned v) {
  for (int i = 0; i <= n; i++)
    c[i].hi = v + i; // BUG
}

int main(int argc, char **argv) {
  struct clut table[10];
  int n = atoi(argv[1]); /* 10 */
  for (int i = 0; i < 10; i++) {
    table[i].lo = (unsigned)(i * 100 + argc);
    table[i].hi = 0;
  }
  set_hi(table, n, 7);
  unsigned s = 0;
  for (int i = 0; i < 10; i++) s += table[i].lo + table[i].hi;
  printf("%u (%zu bytes)\n", s, sizeof table);
  return 0;
}
