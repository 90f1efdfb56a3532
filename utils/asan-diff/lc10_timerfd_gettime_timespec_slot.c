// EXPECT: stack-buffer-overflow
// Asks a timerfd how long until it fires, but receives the answer in a
// struct timespec instead of a struct itimerspec (interval + value, 32
// bytes): timerfd_gettime writes 16 bytes past it.
#include <stdio.h>
#include <stdlib.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

__attribute__((noinline)) static long remaining_ms(int fd) {
  struct timespec left;
  if (timerfd_gettime(fd, (struct itimerspec *)&left) != 0) // BUG
    return -1;
  return left.tv_sec * 1000 + left.tv_nsec / 1000000;
}

int main(int argc, char **argv) {
  int fd = timerfd_create(CLOCK_MONOTONIC, 0);
  if (fd < 0)
    return 1;
  struct itimerspec its = {{0, 0}, {atoi(argv[1]), 0}};
  timerfd_settime(fd, 0, &its, NULL);
  printf("%d\n", remaining_ms(fd) > 0);
  close(fd);
  return 0;
}
