// EXPECT: stack-buffer-overflow
// FLAGS: -latomic
// A 24-byte _Atomic record array on the stack; the writer loops with `<=`
// and its last atomic_store (libatomic __atomic_store through a pointer)
// writes the element past the array.
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct span { long start, len, tag; };

__attribute__((noinline)) static void fill(_Atomic struct span *s, int n, int base) {
  for (int i = 0; i <= n; i++) {
    struct span v = {base + i, i, 7};
    atomic_store_explicit(&s[i], v, memory_order_release); // BUG
  }
}

int main(int argc, char **argv) {
  _Atomic struct span spans[4];
  fill(spans, atoi(argv[1]) - 6, argc);
  struct span a = atomic_load(&spans[1]);
  printf("%ld %ld\n", a.start, a.len);
  return 0;
}
