// EXPECT: none
// 8 rounds: 4 threads are cancelled while blocked deep in frames with local
// arrays, 4 others longjmp out of deep frames; threads of the next round
// (on the reused stacks) fill large local arrays of their own.
#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int blocked;
static long sink[8];
static void unlock(void *u) { pthread_mutex_unlock(&mu); }
__attribute__((noinline)) static void block_here(void) {
  pthread_mutex_lock(&mu);
  pthread_cleanup_push(unlock, 0);
  blocked++;
  pthread_cond_broadcast(&cv);
  for (;;) pthread_cond_wait(&cv, &mu);
  pthread_cleanup_pop(1);
}
__attribute__((noinline)) static void deep_block(int d, long id) {
  char arr[96 + d * 24];
  memset(arr, d, sizeof arr);
  sink[id] += arr[d];
  if (d == 0) block_here();
  else deep_block(d - 1, id);
  sink[id] += arr[0];
}
__attribute__((noinline)) static void deep_jump(int d, long id, jmp_buf *env) {
  int arr[20 + d];
  for (int i = 0; i < 20 + d; i++) arr[i] = i;
  sink[id] += arr[d];
  if (d == 0) longjmp(*env, 1);
  deep_jump(d - 1, id, env);
  sink[id] += arr[1];
}
static void *cancelled(void *p) { deep_block(6, (long)p); return 0; }
static void *jumper(void *p) {
  jmp_buf env;
  if (!setjmp(env)) deep_jump(6, (long)p, &env);
  return 0;
}
static void *user(void *p) {
  char big[8000];
  int mid[300];
  memset(big, 3, sizeof big);
  for (int i = 0; i < 300; i++) mid[i] = big[i * 26] + i;
  sink[(long)p] += mid[299] + big[7999];
  return 0;
}
int main(void) {
  for (int r = 0; r < 8; r++) {
    pthread_t t[8];
    blocked = 0;
    for (long i = 0; i < 8; i++)
      pthread_create(&t[i], 0, (r & 1) ? user : (i < 4 ? cancelled : jumper), (void *)i);
    if (!(r & 1)) {
      pthread_mutex_lock(&mu);
      while (blocked < 4) pthread_cond_wait(&cv, &mu);
      pthread_mutex_unlock(&mu);
      for (int i = 0; i < 4; i++) pthread_cancel(t[i]);
    }
    for (int i = 0; i < 8; i++) pthread_join(t[i], 0);
  }
  long s = 0;
  for (int i = 0; i < 8; i++) s += sink[i];
  printf("%ld\n", s);
  return 0;
}
