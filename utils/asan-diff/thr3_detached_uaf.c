// EXPECT: heap-use-after-free
// A detached thread frees a buffer and posts a semaphore; main waits on the
// semaphore and then reads the freed buffer.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
static sem_t done;
static void *drop(void *p) { ((char *)p)[0] = 'x'; free(p); sem_post(&done); return 0; }
int main(int argc, char **argv) {
  sem_init(&done, 0, 0);
  char *buf = malloc(64);
  buf[atoi(argv[1])] = 'y';
  pthread_t t;
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  pthread_create(&t, &at, drop, buf);
  sem_wait(&done);
  printf("%c\n", buf[atoi(argv[1])]); // BUG
  return 0;
}
