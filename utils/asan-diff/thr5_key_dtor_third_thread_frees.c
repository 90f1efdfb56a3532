// EXPECT: heap-use-after-free
// Thread A registers a pthread_key value holding a pointer to a shared
// config block; thread B frees the config; then A exits and its key
// destructor writes a counter into the freed config.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
struct config { int users; int pad[7]; };
struct slot { struct config *cfg; int id; };
static pthread_key_t key;
static struct config *shared;
static sem_t a_ready, b_done;
static void slot_dtor(void *p) {
  struct slot *s = p;
  s->cfg->users -= 1; // BUG
  free(s);
}
static void *thread_a(void *u) {
  struct slot *s = malloc(sizeof *s);
  s->cfg = shared;
  s->id = 1;
  shared->users++;
  pthread_setspecific(key, s);
  sem_post(&a_ready);
  sem_wait(&b_done);
  return 0;
}
static void *thread_b(void *u) {
  sem_wait(&a_ready);
  free(shared);
  sem_post(&b_done);
  return 0;
}
int main(int argc, char **argv) {
  sem_init(&a_ready, 0, 0);
  sem_init(&b_done, 0, 0);
  pthread_key_create(&key, slot_dtor);
  shared = calloc(1, sizeof *shared);
  shared->users = atoi(argv[1]);
  pthread_t a, b;
  pthread_create(&a, 0, thread_a, 0);
  pthread_create(&b, 0, thread_b, 0);
  pthread_join(b, 0);
  pthread_join(a, 0);
  puts("done");
  return 0;
}
