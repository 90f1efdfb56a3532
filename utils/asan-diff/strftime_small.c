// EXPECT: stack-buffer-overflow
// ASan has no strftime interceptor and misses this; memscope is expected to report it.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  time_t t = 1000000L * atoi(argv[1]);
  struct tm tm;
  gmtime_r(&t, &tm);
  char out[8];
  size_t n = strftime(out, 64, "%Y-%m-%d %H:%M:%S", &tm); // BUG
  printf("%zu %c\n", n, out[0]);
  return 0;
}
