// EXPECT: none
// FLAGS: -pthread -fzero-call-used-regs=used-gpr
// A fixed thread pool (-pthread) built with -fzero-call-used-regs: four
// workers take jobs from a mutex-protected queue, each job owns a heap
// buffer that its worker fills and frees; results go to per-thread
// slots of a global array.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NJOBS 32
#define NTHREADS 4

struct job { int id; size_t len; char *buf; };
static struct job *queue[NJOBS];
static int head, tail;
static long results[NTHREADS];
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static struct job *take(void) {
  struct job *j = NULL;
  pthread_mutex_lock(&mu);
  if (head < tail) j = queue[head++];
  pthread_mutex_unlock(&mu);
  return j;
}

static void *worker(void *arg) {
  int me = (int)(long)arg;
  struct job *j;
  while ((j = take())) {
    memset(j->buf, 'a' + j->id % 26, j->len);
    for (size_t i = 0; i < j->len; i++) results[me] += j->buf[i];
    free(j->buf);
    free(j);
  }
  return NULL;
}

int main(int argc, char **argv) {
  int base = atoi(argv[1]);
  for (int i = 0; i < NJOBS; i++) {
    struct job *j = malloc(sizeof *j);
    j->id = i;
    j->len = (size_t)(base + i * 3);
    j->buf = malloc(j->len);
    queue[tail++] = j;
  }
  pthread_t t[NTHREADS];
  for (long i = 0; i < NTHREADS; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  long total = 0;
  for (int i = 0; i < NTHREADS; i++) {
    pthread_join(t[i], NULL);
    total += results[i];
  }
  printf("%ld %c\n", total, argv[2][0]);
  return 0;
}
