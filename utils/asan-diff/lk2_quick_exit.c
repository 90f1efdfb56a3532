// EXPECT: leak
// The program leaks a block and leaves with quick_exit: atexit handlers (and so LSan's check) do not run.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void drop(int n) {
  char *p = malloc(n * 8); // BUG
  memset(p, 0, n * 8);
  __asm__ volatile("" : : "r"(p) : "memory");
}
int main(int argc, char **argv) {
  drop(atoi(argv[1]));
  printf("bye\n");
  fflush(stdout);
  quick_exit(0);
}
