// EXPECT: stack-buffer-overflow
// Keeps the POSIX timer's id in an int, as if timer_t were a small integer
// like a file descriptor: on Linux it is a pointer, and timer_create
// stores 8 bytes into the 4-byte variable.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static long arm_once(long ms) {
  struct sigevent ev = {0};
  ev.sigev_notify = SIGEV_NONE;
  int id;
  if (timer_create(CLOCK_MONOTONIC, &ev, (timer_t *)&id) != 0) // BUG
    return -1;
  struct itimerspec its = {{0, 0}, {ms / 1000, (ms % 1000) * 1000000}};
  timer_settime(*(timer_t *)&id, 0, &its, NULL);
  struct itimerspec left;
  timer_gettime(*(timer_t *)&id, &left);
  timer_delete(*(timer_t *)&id);
  return left.it_value.tv_sec;
}

int main(int argc, char **argv) {
  printf("%ld\n", arm_once(atoi(argv[1]) * 1000));
  return 0;
}
