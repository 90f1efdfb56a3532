// EXPECT: global-buffer-overflow
// A constructor with an early priority (101) fills a global lookup table
// before main runs; its loop bound includes the terminator slot the table
// does not have.
#include <stdio.h>
#include <stdlib.h>
#define N 12
static unsigned char g_crc_seed[N];
static volatile int g_len = N;
__attribute__((constructor(101))) static void init_table(void) {
  for (int i = 0; i <= g_len; i++)
    g_crc_seed[i] = (unsigned char)(i * 37 + 11); // BUG
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  unsigned s = 0;
  for (int i = 0; i < N; i++) s += g_crc_seed[i];
  printf("%u %d %d\n", s, n, argc);
  return 0;
}
