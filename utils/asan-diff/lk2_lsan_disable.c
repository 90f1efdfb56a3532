// EXPECT: none
// A block allocated between __lsan_disable() and __lsan_enable() is ignored by the leak check even though its pointer is dropped.
#include <sanitizer/lsan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void make(int n) {
  __lsan_disable();
  char *p = malloc(n * 17);
  __lsan_enable();
  memset(p, 0, n * 17);
  __asm__ volatile("" : : "r"(p) : "memory");
}
int main(int argc, char **argv) {
  make(atoi(argv[1]));
  printf("done\n");
  return 0;
}
