// EXPECT: stack-use-after-scope
// mktime normalizes a struct tm that lived in an if-block whose scope has ended.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
int main(int argc, char **argv) {
  struct tm *target = NULL;
  int days = atoi(argv[1]);
  if (days > 0) {
    struct tm local;
    memset(&local, 0, sizeof local);
    local.tm_year = 124;
    local.tm_mday = days;
    local.tm_isdst = -1;
    target = &local;
  }
  time_t t = mktime(target); // BUG
  printf("%ld\n", (long)t);
  return 0;
}
