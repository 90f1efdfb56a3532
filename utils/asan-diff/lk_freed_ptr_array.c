// EXPECT: leak
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void make(void) {
  char **arr = malloc(6 * sizeof(char *));
  for (int i = 0; i < 6; i++) arr[i] = malloc(10 * (i + 1));
  __asm__ volatile("" : : "r"(arr) : "memory");
  free(arr);
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) { /* clear stale pointer copies on the stack */
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(void) { make(); scrub(); return 0; }
