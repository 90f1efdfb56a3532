// EXPECT: leak
// The only copy of a pointer is written into a pipe and never read back: kernel buffers are not scanned, so the block is lost.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int g_fds[2];
__attribute__((noinline)) static void send_ptr(int n) {
  char *p = malloc(n * 12); // BUG
  memset(p, 5, n * 12);
  if (write(g_fds[1], &p, sizeof p) != sizeof p) abort();
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  if (pipe(g_fds)) return 2;
  send_ptr(atoi(argv[1]));
  scrub();
  printf("sent\n");
  return 0;
}
