// EXPECT: stack-buffer-overflow
// ctime_r needs 26 bytes; the caller sized the stack buffer for "HH:MM:SS" and a bit.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static void print_time(time_t t) {
  char buf[16];
  char *s = ctime_r(&t, buf); // BUG
  printf("%s", s ? s : "?\n");
}
int main(int argc, char **argv) {
  print_time((time_t)atoi(argv[1]) * 1000000);
  return 0;
}
