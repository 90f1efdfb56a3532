// EXPECT: stack-buffer-overflow
// Restores the monotonic-clock reading saved earlier, but the saved value
// was kept in an 8-byte "compact" struct of two 32-bit fields, cast to
// struct timespec for clock_settime, which reads 16 bytes. (Setting
// CLOCK_MONOTONIC always fails with EINVAL, so nothing is changed.)
#include <stdint.h>
#include <stdio.h>
#include <time.h>

struct compact_ts { int32_t sec; int32_t nsec; };

__attribute__((noinline)) static int restore(int32_t sec) {
  struct compact_ts saved = {sec, 0};
  return clock_settime(CLOCK_MONOTONIC, (const struct timespec *)&saved); // BUG
}

int main(int argc, char **argv) {
  printf("%d\n", restore(1000 + argc));
  return 0;
}
