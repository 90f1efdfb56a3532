// EXPECT: stack-use-after-return
// A date helper returns a pointer to its own local struct tm; a later call
// converts another timestamp with localtime_r into that dead frame.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

__attribute__((noinline)) static struct tm *today(time_t now) {
  struct tm local;
  localtime_r(&now, &local);
  return &local; // dangling
}

__attribute__((noinline)) static int day_of_year(struct tm *slot, time_t t) {
  localtime_r(&t, slot); // BUG
  return slot->tm_yday;
}

int main(int argc, char **argv) {
  time_t base = (time_t)atoi(argv[1]) * 86400;
  struct tm *slot = today(base);
  printf("%d\n", day_of_year(slot, base + 86400) >= 0);
  return 0;
}
