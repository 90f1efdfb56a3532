// EXPECT: stack-use-after-scope
// A per-severity counter array was sized for the four original levels;
// a newer enumerator (LVL_CRIT = 8) is used as a constant index. The
// store lands 32 bytes past `counts`, inside the slot of a block-scoped
// scratch buffer whose scope has already ended, which ASan's shadow marks
// out of scope. (At -O2 the optimizer deletes the out-of-bounds store, so
// ASan reports this only at -O0 and -O1.)
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
enum level { LVL_DEBUG, LVL_INFO, LVL_WARN, LVL_ERROR, LVL_CRIT = 8 };
__attribute__((noinline)) static int parse(char *dst, const char *src) {
  strncpy(dst, src, 15);
  dst[15] = 0;
  return (int)strlen(dst);
}
__attribute__((noinline)) static int total(const int *c) { return c[0] + c[1] + c[2] + c[3]; }
int main(int argc, char **argv) {
  int counts[4] = {0};
  int n = atoi(argv[1]);
  {
    char scratch[16];
    n += parse(scratch, argv[2]);
  }
  counts[LVL_CRIT] += n; // BUG
  printf("%d %d\n", total(counts), argc);
  return 0;
}
