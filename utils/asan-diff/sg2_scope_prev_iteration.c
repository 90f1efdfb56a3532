// EXPECT: stack-use-after-scope
// A pointer to a block-scoped buffer saved in one loop iteration is read at
// the top of the next, before the buffer's declaration is reached again.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  const char *prev = 0;
  long s = 0;
  int n = atoi(argv[1]) / 5; /* 2 */
  for (int i = 0; i < n; i++) {
    if (prev) s += prev[i]; // BUG
    char cur[24];
    snprintf(cur, sizeof cur, "%s-%d", argv[2], i);
    s += (long)strlen(cur);
    prev = cur;
  }
  printf("%ld\n", s);
  return 0;
}
