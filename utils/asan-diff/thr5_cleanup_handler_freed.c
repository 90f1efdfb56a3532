// EXPECT: heap-use-after-free
// A worker installs a pthread_cleanup_push handler that logs into a heap
// journal; main frees the journal, then releases the worker, which ends
// with pthread_exit so the handler runs and appends to the freed journal.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
struct journal { int count; char lines[8][16]; };
static struct journal *jr;
static sem_t installed, release;
static void log_exit(void *arg) {
  struct journal *j = arg;
  j->lines[j->count % 8][0] = 'X'; // BUG
  j->count++;
}
static void *work(void *u) {
  struct journal *j = jr;
  pthread_cleanup_push(log_exit, j);
  j->count = 1;
  sem_post(&installed);
  sem_wait(&release);
  pthread_exit(0);
  pthread_cleanup_pop(0);
  return 0;
}
int main(int argc, char **argv) {
  sem_init(&installed, 0, 0);
  sem_init(&release, 0, 0);
  jr = calloc(1, sizeof *jr);
  jr->count = atoi(argv[1]);
  pthread_t t;
  pthread_create(&t, 0, work, 0);
  sem_wait(&installed);
  free(jr);
  sem_post(&release);
  pthread_join(t, 0);
  puts("done");
  return 0;
}
