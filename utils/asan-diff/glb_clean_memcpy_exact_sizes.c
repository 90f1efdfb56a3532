// EXPECT: none
// memcpy, memmove, memset and memcmp between globals with exactly their
// sizes (sizeof the smaller one), including odd sizes and a const table
// as the source.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char g_a13[13];
char g_b13[13];
static unsigned char g_c7[7];
static const unsigned char g_src7[7] = {1, 2, 3, 4, 5, 6, 7};
long g_big[40];
long g_big2[40];

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  memcpy(g_a13, argv[argc - 1], sizeof g_a13);
  memcpy(g_b13, g_a13, sizeof g_b13);
  memmove(g_a13 + 1, g_a13, sizeof g_a13 - 1);
  memcpy(g_c7, g_src7, sizeof g_c7);
  memset(g_big, n, sizeof g_big);
  memcpy(g_big2, g_big, sizeof g_big2);
  volatile size_t len = sizeof g_c7;
  int r = memcmp(g_c7, g_src7, len) + memcmp(g_big, g_big2, sizeof g_big);
  printf("%d %c %c %d\n", r, g_a13[12], g_b13[12], g_c7[6]);
  return 0;
}
