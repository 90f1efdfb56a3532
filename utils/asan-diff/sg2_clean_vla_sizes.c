// EXPECT: none
// VLAs and alloca of sizes 1..2000 in a loop, every byte used exactly.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static unsigned use(const unsigned char *p, int n) {
  unsigned s = 0;
  for (int i = 0; i < n; i++) s = s * 31 + p[i];
  return s;
}
int main(int argc, char **argv) {
  int step = atoi(argv[1]) * 13 + 7; /* 137 */
  unsigned total = 0;
  for (int n = 1; n < 2000; n += step) {
    unsigned char v[n];
    for (int i = 0; i < n; i++) v[i] = (unsigned char)(i ^ n);
    total += use(v, n);
    double d[n % 17 + 1];
    for (int i = 0; i < n % 17 + 1; i++) d[i] = i;
    total += (unsigned)d[n % 17];
    char *a = alloca(n % 29 + 1);
    memset(a, 'a', n % 29 + 1);
    total += use((unsigned char *)a, n % 29 + 1);
  }
  printf("%u %d\n", total, argc);
  return 0;
}
