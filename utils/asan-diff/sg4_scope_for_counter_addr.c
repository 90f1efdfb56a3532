// EXPECT: stack-use-after-scope
// The address of a for loop's own counter is kept and read after the loop.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static void note(const int *p, const int **keep) { *keep = p; }
int main(int argc, char **argv) {
  const int *last = 0;
  int n = atoi(argv[1]);
  long s = 0;
  for (int i = 0; i < n; i++) {
    note(&i, &last);
    s += i;
  }
  printf("%ld %d\n", s, *last + argc); // BUG
  return 0;
}
