// EXPECT: stack-use-after-scope
// memcpy (an intercepted libc call) reads a block-scoped array after its
// block ended.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  const char *src = 0;
  int n = atoi(argv[1]);
  if (n > 5) {
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%.20s", argv[2]);
    src = tmp;
  }
  char out[32];
  memcpy(out, src, (size_t)n); // BUG
  printf("%.5s %d\n", out, argc);
  return 0;
}
