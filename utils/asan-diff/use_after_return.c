// EXPECT: stack-use-after-return
#include <stdio.h>
__attribute__((noinline)) int *get(int v) {
  int local[3];
  local[0] = v;
  return local;
}
int main(int argc, char **argv) {
  int *p = get(argc);
  printf("%d\n", *p); // BUG
  return 0;
}
