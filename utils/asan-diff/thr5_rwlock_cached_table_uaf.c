// EXPECT: heap-use-after-free
// Readers cache the table pointer under a read lock and then drop the lock;
// a writer replaces the table under the write lock and frees the old one;
// a reader then consults its cached pointer.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
struct table { int n; int v[32]; };
static struct table *cur;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static sem_t cached, swapped;
static int key;
static void *reader(void *u) {
  pthread_rwlock_rdlock(&rw);
  struct table *t = cur;
  pthread_rwlock_unlock(&rw);
  sem_post(&cached);
  sem_wait(&swapped);
  return (void *)(long)t->v[key % t->n]; // BUG
}
static void *writer(void *u) {
  sem_wait(&cached);
  struct table *nt = malloc(sizeof *nt);
  nt->n = 32;
  for (int i = 0; i < 32; i++) nt->v[i] = i + 100;
  pthread_rwlock_wrlock(&rw);
  struct table *old = cur;
  cur = nt;
  pthread_rwlock_unlock(&rw);
  free(old);
  sem_post(&swapped);
  return 0;
}
int main(int argc, char **argv) {
  key = atoi(argv[1]);
  sem_init(&cached, 0, 0);
  sem_init(&swapped, 0, 0);
  cur = malloc(sizeof *cur);
  cur->n = 32;
  for (int i = 0; i < 32; i++) cur->v[i] = i;
  pthread_t r, w;
  void *res;
  pthread_create(&r, 0, reader, 0);
  pthread_create(&w, 0, writer, 0);
  pthread_join(r, &res);
  pthread_join(w, 0);
  printf("%ld\n", (long)res);
  free(cur);
  return 0;
}
