// EXPECT: stack-use-after-scope
// The barrier setup code picks where to store the pshared flag: a local
// declared inside the "verbose" branch. The query happens after that
// branch closes, through the saved pointer.
#include <pthread.h>
#include <stdio.h>

int main(int argc, char **argv) {
  pthread_barrierattr_t ba;
  pthread_barrierattr_init(&ba);
  int quiet_flag = 0;
  int *flag_out = &quiet_flag;
  if (argc > 1) {
    int verbose_flag = -1;
    flag_out = &verbose_flag;
    printf("verbose barrier setup\n");
  }
  pthread_barrierattr_getpshared(&ba, flag_out); // BUG
  printf("%d\n", *flag_out == PTHREAD_PROCESS_SHARED);
  pthread_barrierattr_destroy(&ba);
  return 0;
}
