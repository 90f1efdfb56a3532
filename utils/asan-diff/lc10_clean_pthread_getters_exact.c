// EXPECT: none
// The pthread attribute and property getters with the types they store:
// pthread_attr_getstack into void * and size_t, getguardsize into size_t,
// pthread_getaffinity_np with CPU_ALLOC_SIZE, mutexattr_gettype into an
// int, condattr_getclock into a clockid_t, getschedparam, pthread_sigmask
// with a whole sigset_t, getname_np into 16 bytes.
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  pthread_attr_t attr;
  size_t size = 0, guard = 0;
  void *base = NULL;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &base, &size);
    pthread_attr_getguardsize(&attr, &guard);
    pthread_attr_destroy(&attr);
  }
  int ncpu = atoi(argv[1]) * 8;
  cpu_set_t *set = CPU_ALLOC(ncpu);
  size_t setsz = CPU_ALLOC_SIZE(ncpu);
  CPU_ZERO_S(setsz, set);
  int ra = pthread_getaffinity_np(pthread_self(), setsz, set);
  int count = ra == 0 ? CPU_COUNT_S(setsz, set) : 0;
  CPU_FREE(set);
  pthread_mutexattr_t ma;
  pthread_mutexattr_init(&ma);
  pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK);
  int kind = -1;
  pthread_mutexattr_gettype(&ma, &kind);
  pthread_mutexattr_destroy(&ma);
  pthread_condattr_t ca;
  pthread_condattr_init(&ca);
  pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
  clockid_t clk = -1;
  pthread_condattr_getclock(&ca, &clk);
  pthread_condattr_destroy(&ca);
  int policy;
  struct sched_param sp;
  pthread_getschedparam(pthread_self(), &policy, &sp);
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR2);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  char name[16];
  pthread_setname_np(pthread_self(), "lc10-main");
  pthread_getname_np(pthread_self(), name, sizeof name);
  printf("%d %d %d %d %d %d %s\n", size > 0, guard >= 0, count > 0,
         kind == PTHREAD_MUTEX_ERRORCHECK, clk == CLOCK_MONOTONIC,
         policy == SCHED_OTHER, name);
  return 0;
}
