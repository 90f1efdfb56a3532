// EXPECT: heap-use-after-free
// A log record owns its broken-down time; the record is freed before the timestamp is formatted from it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
struct record {
  struct tm when;
  char msg[32];
};
int main(int argc, char **argv) {
  struct record *r = malloc(sizeof *r);
  time_t t = (time_t)atoi(argv[1]) * 86400 * 365;
  gmtime_r(&t, &r->when);
  snprintf(r->msg, sizeof r->msg, "%s", argv[2]);
  struct tm *stamp = &r->when;
  free(r);
  char out[64];
  size_t n = strftime(out, sizeof out, "%Y-%m-%d %H:%M:%S", stamp); // BUG
  printf("%zu %s\n", n, out);
  return 0;
}
