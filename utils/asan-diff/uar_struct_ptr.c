// EXPECT: stack-use-after-return
#include <stdio.h>
struct Holder { int *p; };
__attribute__((noinline)) static struct Holder make(int n) {
  int v[3] = {n, n + 1, n + 2};
  struct Holder h = {v};
  return h;
}
int main(int argc, char **argv) {
  struct Holder h = make(argc);
  printf("%d\n", h.p[2]); // BUG
  return 0;
}
