// EXPECT: heap-buffer-overflow
// timer_gettime fills a struct itimerspec (32 bytes) into a block sized for one timespec. clang-22's ASan checks the timer_* calls (interceptors newer than memscope's sanitizer_common).
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  timer_t id;
  struct sigevent sev = {.sigev_notify = SIGEV_NONE};
  timer_create(CLOCK_MONOTONIC, &sev, &id);
  struct itimerspec *cur = malloc(sizeof(struct timespec));
  timer_gettime(id, cur); // BUG
  printf("%ld\n", (long)cur->it_interval.tv_sec);
  timer_delete(id);
  free(cur);
  return 0;
}
