// EXPECT: none
// Signal sets, thread names and attributes at exactly their sizes.
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static void *work(void *a) { return (void *)((long)a * 2); }
int main(int argc, char **argv) {
  sigset_t *s = malloc(sizeof *s);
  sigfillset(s);
  sigdelset(s, SIGUSR1);
  sigset_t pend;
  sigemptyset(&pend);
  sigaddset(&pend, SIGUSR2);
  sigpending(&pend);
  char *name = malloc(16);
  memcpy(name, "worker-thread-1", 16);
  pthread_setname_np(pthread_self(), name);
  char got[16];
  pthread_getname_np(pthread_self(), got, sizeof got);
  pthread_attr_t a;
  pthread_attr_init(&a);
  size_t guard, stack;
  void *addr;
  pthread_attr_setstacksize(&a, 1 << 20);
  pthread_attr_getguardsize(&a, &guard);
  pthread_attr_getstacksize(&a, &stack);
  pthread_attr_getstack(&a, &addr, &stack);
  int det;
  pthread_attr_getdetachstate(&a, &det);
  pthread_t t;
  pthread_create(&t, &a, work, (void *)(long)atoi(argv[1]));
  void *ret;
  pthread_join(t, &ret);
  pthread_attr_destroy(&a);
  sem_t sem;
  sem_init(&sem, 0, 2);
  int *v = malloc(sizeof *v);
  sem_getvalue(&sem, v);
  sem_destroy(&sem);
  printf("%d %d %s %zu %d %ld %d\n", sigismember(s, SIGUSR1), sigismember(&pend, SIGUSR2), got,
         stack, det, (long)ret, *v);
  free(v);
  free(name);
  free(s);
  return 0;
}
