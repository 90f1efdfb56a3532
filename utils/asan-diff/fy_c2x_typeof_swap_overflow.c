// EXPECT: stack-buffer-overflow
// FLAGS: -std=c2x
// C2x code using typeof, bool keywords and [[maybe_unused]]: a generic
// SWAP macro reverses an array in place, but the loop runs to n/2
// inclusive with an index computed from n rather than n - 1, so the first
// swap touches the element past the end.
#include <stdio.h>
#include <stdlib.h>

#define SWAP(a, b) do { typeof(a) t_ = (a); (a) = (b); (b) = t_; } while (0)

static void reverse(short *v, int n) {
  for (int i = 0; i < n / 2; i++)
    SWAP(v[i], v[n - i]); // BUG
}

int main(int argc, char **argv) {
  [[maybe_unused]] bool verbose = argc > 3;
  short v[10];
  int n = atoi(argv[1]);
  for (int i = 0; i < n; i++) v[i] = (short)(i * 3);
  reverse(v, n);
  printf("%d %d\n", v[0], v[9]);
  return 0;
}
