// EXPECT: none
// 16 detached threads each fill a stack buffer, copy it to a heap block they
// free, and post a semaphore; main waits for all 16.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static sem_t done;
static long out[16];
static void *work(void *p) {
  long id = (long)p;
  char buf[512];
  memset(buf, (int)id, sizeof buf);
  char *h = malloc(512);
  memcpy(h, buf, 512);
  out[id] = h[511] + buf[0];
  free(h);
  sem_post(&done);
  return 0;
}
int main(int argc, char **argv) {
  sem_init(&done, 0, 0);
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  for (long i = 0; i < 16; i++) { pthread_t t; pthread_create(&t, &at, work, (void *)i); }
  for (int i = 0; i < 16; i++) sem_wait(&done);
  long s = 0;
  for (int i = 0; i < 16; i++) s += out[i];
  printf("%ld\n", s);
  return 0;
}
