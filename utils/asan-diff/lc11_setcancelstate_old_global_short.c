// EXPECT: global-buffer-overflow
// A library saves the caller's cancel state around a critical section in
// a global short (the state is 0 or 1, after all), passing its address
// to pthread_setcancelstate as an int *.
#include <pthread.h>
#include <stdio.h>

static short saved_state;
static short nesting;

static void enter_critical(void) {
  if (nesting++ == 0)
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, (int *)&saved_state); // BUG
}

static void leave_critical(void) {
  if (--nesting == 0)
    pthread_setcancelstate(saved_state, NULL);
}

int main(int argc, char **argv) {
  enter_critical();
  printf("critical %d\n", argc);
  leave_critical();
  return 0;
}
