// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <wchar.h>
int main(int argc, char **argv) {
  time_t t = atoi(argv[1]) * 100000000L;
  struct tm tm;
  gmtime_r(&t, &tm);
  wchar_t w[6];
  size_t n = wcsftime(w, 64, L"%Y-%m-%d", &tm); // BUG
  printf("%zu\n", n);
  return 0;
}
