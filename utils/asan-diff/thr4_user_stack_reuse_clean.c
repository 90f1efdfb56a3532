// EXPECT: none
// Threads run on a static buffer given with pthread_attr_setstack; some are
// cancelled deep in frames with local arrays, some leave by pthread_exit;
// between rounds main clears and reads the whole buffer as plain data.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define STK (256 * 1024)
static char stack_mem[STK] __attribute__((aligned(4096)));
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int blocked;
static long sink;
static void unlock(void *u) { pthread_mutex_unlock(&mu); }
__attribute__((noinline)) static void block_here(void) {
  char note[40];
  memset(note, 1, sizeof note);
  pthread_mutex_lock(&mu);
  pthread_cleanup_push(unlock, 0);
  blocked = 1;
  sink += note[39];
  pthread_cond_broadcast(&cv);
  for (;;) pthread_cond_wait(&cv, &mu);
  pthread_cleanup_pop(1);
}
__attribute__((noinline)) static void deep(int d, int mode) {
  char arr[300];
  memset(arr, d, sizeof arr);
  sink += arr[d];
  if (d == 0) {
    if (mode == 0) block_here();
    pthread_exit(0);
  }
  deep(d - 1, mode);
  sink += arr[2];
}
static void *work(void *p) { deep(12, (int)(long)p); return 0; }
int main(void) {
  long total = 0;
  for (int r = 0; r < 6; r++) {
    pthread_attr_t at;
    pthread_attr_init(&at);
    pthread_attr_setstack(&at, stack_mem, STK);
    pthread_t t;
    blocked = 0;
    pthread_create(&t, &at, work, (void *)(long)(r & 1));
    if (!(r & 1)) {
      pthread_mutex_lock(&mu);
      while (!blocked) pthread_cond_wait(&cv, &mu);
      pthread_mutex_unlock(&mu);
      pthread_cancel(t);
    }
    pthread_join(t, 0);
    pthread_attr_destroy(&at);
    memset(stack_mem, r, STK);
    for (int i = 0; i < STK; i += 64) total += stack_mem[i];
  }
  printf("%ld %ld\n", total, sink);
  return 0;
}
