// EXPECT: heap-buffer-overflow
// A pool of 4 workers takes jobs from a mutex/condvar queue; each job fills a
// heap buffer main allocated. Job 13's length is one too many.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct job { char *buf; int len; };
static struct job q[32];
static int head, tail, done_flag;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *worker(void *unused) {
  for (;;) {
    pthread_mutex_lock(&mu);
    while (head == tail && !done_flag) pthread_cond_wait(&cv, &mu);
    if (head == tail) { pthread_mutex_unlock(&mu); return 0; }
    struct job j = q[head++];
    pthread_mutex_unlock(&mu);
    for (int i = 0; i < j.len; i++) j.buf[i] = (char)('a' + i % 26); // BUG
  }
}
int main(int argc, char **argv) {
  int extra = atoi(argv[1]) - 9; /* 1 */
  char *bufs[20];
  pthread_t t[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i], 0, worker, 0);
  for (int i = 0; i < 20; i++) {
    bufs[i] = malloc(40 + i);
    pthread_mutex_lock(&mu);
    q[tail].buf = bufs[i];
    q[tail].len = 40 + i + (i == 13 ? extra : 0);
    tail++;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&mu);
  }
  pthread_mutex_lock(&mu);
  done_flag = 1;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  long s = 0;
  for (int i = 0; i < 20; i++) { s += bufs[i][0]; free(bufs[i]); }
  printf("%ld\n", s);
  return 0;
}
