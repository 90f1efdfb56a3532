// EXPECT: leak
// A long-running server calls __lsan_do_recoverable_leak_check() after each
// batch of requests (as some servers do from an admin endpoint) and prints
// whether it found leaks. The first batch frees everything; the second leaks
// the request's header copy (a 48-byte block) on an early-return path. The
// check after the second batch reports the leak and the server continues.
#include <sanitizer/lsan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *copy_header(const char *s, size_t n) {
  char *h = malloc(48); // BUG
  memcpy(h, s, n < 47 ? n : 47);
  h[n < 47 ? n : 47] = 0;
  return h;
}

__attribute__((noinline)) static int handle(const char *req, int reject) {
  char *h = copy_header(req, strlen(req));
  if (reject && h[0] != 'G') return -1; /* leaks h */
  int r = (int)strlen(h);
  free(h);
  return r;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  volatile char z[4096];
  for (size_t i = 0; i < sizeof z; i++) z[i] = 0;
}

int main(int argc, char **argv) {
  setvbuf(stdout, NULL, _IONBF, 0);
  int n = atoi(argv[1]);
  int total = 0;
  for (int i = 0; i < n; i++) total += handle(argv[2] + i, 0);
  scrub();
  printf("batch 1: %d, leaks %d\n", total, __lsan_do_recoverable_leak_check());
  total = handle(argv[2], 1);
  scrub();
  printf("batch 2: %d, leaks %d\n", total, __lsan_do_recoverable_leak_check());
  total = handle("GET /", 1);
  printf("batch 3: %d\n", total);
  return 0;
}
