// EXPECT: stack-use-after-scope
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  time_t t = 86400 * atoi(argv[1]);
  struct tm tm;
  gmtime_r(&t, &tm);
  char *out;
  {
    char buf[32];
    out = buf;
  }
  size_t n = strftime(out, 32, "%Y-%m-%d", &tm); // BUG
  printf("%zu\n", n);
  return 0;
}
