// EXPECT: leak
// realloc's memcpy leaves item pointers in vector registers, which LSan scans: ASan counts only part of this leak.
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void make(void) {
  char **v = 0;
  for (int i = 0; i < 5; i++) {
    v = realloc(v, (i + 1) * sizeof(char *));
    v[i] = malloc(24);
  }
  __asm__ volatile("" : : "r"(v) : "memory");
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) { /* clear stale pointer copies on the stack */
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(void) { make(); scrub(); return 0; }
