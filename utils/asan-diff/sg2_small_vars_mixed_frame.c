// EXPECT: stack-buffer-overflow
// A frame of tiny and over-aligned locals; a one-byte local is written at
// offset 1 through a pointer.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static void put(char *p, int i, char v) { p[i] = v; } // BUG
int main(int argc, char **argv) {
  char flag = 0;
  _Alignas(32) char vec[3] = {0};
  short one[1] = {0};
  double d = argc;
  put(vec, 2, 1);
  put((char *)one, 1, 2);
  put(&flag, atoi(argv[1]) - 9, 3); /* 1 */
  printf("%d %d %d %f\n", flag, vec[2], one[0], d);
  return 0;
}
