// EXPECT: stack-buffer-overflow
// FLAGS: -mavx512f
// An indexed read the vectorizer turns into AVX-512 gathers
// (llvm.masked.gather); one lane's index is one past the table.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static long pick(const int *tbl, const int *idx, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += tbl[idx[i]]; // BUG
  return s;
}
int main(int argc, char **argv) {
  int tbl[20], idx[64];
  for (int i = 0; i < 20; i++) tbl[i] = i * argc;
  int k = atoi(argv[1]) + 10; /* 20 */
  for (int i = 0; i < 64; i++) idx[i] = i == 37 ? k : i % 20;
  printf("%ld\n", pick(tbl, idx, 64));
  return 0;
}
