// EXPECT: dynamic-stack-buffer-overflow
// Each loop pass allocas an array of n records and fills them; the fill
// loop's bound is n inclusive, so the id field of record n is written.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
struct rec { int id; float w; };
int main(int argc, char **argv) {
  int base = atoi(argv[1]) - 8; // 2
  float tot = 0;
  for (int pass = 0; pass < 3; pass++) {
    int n = base + pass;
    struct rec *r = alloca(n * sizeof *r);
    for (int i = 0; i <= n; i++)
      r[i].id = i; // BUG
    for (int i = 0; i < n; i++) tot += r[i].id;
  }
  printf("%f %d\n", tot, argc);
  return 0;
}
