// EXPECT: stack-use-after-return
// main's setup() starts a detached thread with the address of setup()'s
// local buffer and returns; the thread waits on a semaphore that main posts
// only after setup() returned, then reads the buffer, and posts back.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static sem_t go, done;
static volatile long result;
static void *reader(void *p) {
  char *name = p;
  sem_wait(&go);
  result = name[3]; // BUG
  sem_post(&done);
  return 0;
}
__attribute__((noinline)) static void setup(const char *src) {
  char name[40];
  strncpy(name, src, sizeof name - 1);
  name[sizeof name - 1] = 0;
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  pthread_t t;
  pthread_create(&t, &at, reader, name);
  pthread_attr_destroy(&at);
}
__attribute__((noinline)) static long churn(int n) {
  volatile char pad[128];
  for (int i = 0; i < 128; i++) pad[i] = (char)(n + i);
  return pad[n];
}
int main(int argc, char **argv) {
  sem_init(&go, 0, 0);
  sem_init(&done, 0, 0);
  setup(argv[2]);
  long c = churn(atoi(argv[1]));
  sem_post(&go);
  sem_wait(&done);
  printf("%ld %ld\n", result, c);
  return 0;
}
