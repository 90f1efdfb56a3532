// EXPECT: dynamic-stack-buffer-overflow
// An over-aligned VLA (_Alignas(32)) of 13 chars is read one past its end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]) + 3; /* 13 */
  _Alignas(32) char v[n];
  memcpy(v, argv[2], (size_t)n);
  unsigned s = 0;
  for (int i = 0; i <= n; i++) s += (unsigned char)v[i]; // BUG
  printf("%u %d\n", s, argc);
  return 0;
}
