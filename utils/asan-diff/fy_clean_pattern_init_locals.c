// EXPECT: none
// FLAGS: -ftrivial-auto-var-init=pattern -fstack-protector-all
// Locals pre-filled with 0xAA (pattern) and canaries in every frame:
// arrays that are fully written before being read, a VLA, an alloca'd
// block, a struct passed by value and returned, nested scopes reusing the
// same stack slots.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct span { int lo, hi; char tag[6]; };

__attribute__((noinline)) static struct span widen(struct span s, int by) {
  s.lo -= by;
  s.hi += by;
  memcpy(s.tag, "wide", 5);
  return s;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int vla[n];
  for (int i = 0; i < n; i++) vla[i] = i * 2;
  char *tmp = alloca((size_t)n + 1);
  memcpy(tmp, argv[2], (size_t)n);
  tmp[n] = 0;
  long acc = 0;
  for (int round = 0; round < 3; round++) {
    char scratch[40];
    snprintf(scratch, sizeof scratch, "%d:%s", round, tmp);
    acc += (long)strlen(scratch);
    {
      struct span s = {vla[0], vla[n - 1], "init"};
      s = widen(s, round);
      acc += s.hi - s.lo + (long)strlen(s.tag);
    }
  }
  printf("%ld\n", acc);
  return 0;
}
