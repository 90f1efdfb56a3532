// EXPECT: stack-use-after-scope
// A 32-byte vector accumulator is declared inside the per-block scope and
// exported through a pointer for the final reduction, which runs after the
// block's scope ended.
#include <stdio.h>
#include <stdlib.h>

typedef double v4d __attribute__((vector_size(32)));

__attribute__((noinline)) static double reduce(const v4d *acc) {
  v4d a = *acc; // BUG
  return a[0] + a[1] + a[2] + a[3];
}

__attribute__((noinline)) static void add(v4d *acc, const char *s, int k) {
  for (int i = 0; i < 4; i++) (*acc)[i] += s[i] * k;
}

int main(int argc, char **argv) {
  const v4d *result = 0;
  int k = atoi(argv[1]);
  {
    v4d acc = {0, 0, 0, 0};
    add(&acc, argv[2], k);
    add(&acc, argv[2] + 4, k);
    result = &acc;
  }
  printf("%f %d\n", reduce(result), argc);
  return 0;
}
