// EXPECT: dynamic-stack-buffer-overflow
// Each loop iteration allocas a smaller buffer and sums it; on the last
// iteration the sum runs one element past the buffer.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long s = 0;
  for (int it = n; it > 0; it--) {
    int *b = alloca(it * sizeof(int));
    for (int i = 0; i < it; i++) b[i] = i + it;
    int lim = it == 1 ? 2 : it;
    for (int i = 0; i < lim; i++) s += b[i]; // BUG
  }
  printf("%ld\n", s);
  return 0;
}
