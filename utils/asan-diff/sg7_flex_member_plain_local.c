// EXPECT: stack-buffer-overflow
// A length-prefixed string type uses a C99 flexible array member; one is
// declared as a plain local (GNU C allows it) and filled, although such a
// local has no storage at all for the flexible member.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct LStr {
  unsigned len;
  char text[];
};
__attribute__((noinline)) static void lstr_set(struct LStr *s, const char *src, unsigned n) {
  s->len = n;
  memcpy(s->text, src, n); // BUG
}
__attribute__((noinline)) static unsigned lstr_hash(const struct LStr *s) {
  return s->len * 31u;
}
int main(int argc, char **argv) {
  struct LStr s;
  unsigned n = (unsigned)atoi(argv[1]) - 6;  /* 4 bytes */
  lstr_set(&s, argv[2], n);
  printf("%u %d\n", lstr_hash(&s), argc);
  return 0;
}
