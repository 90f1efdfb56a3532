// EXPECT: none
// pthread attrs (stack size, detach state, getattr_np), keys, mutex/cond/once/rwlock/barrier/spinlock, names of exactly 15 characters read back into 16 bytes.
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static pthread_barrier_t bar;
static pthread_spinlock_t spin;
static pthread_key_t key;
static int inits, ready, total;
static void init_once(void) { inits++; }
static void dtor(void *p) { free(p); }
static void *work(void *arg) {
  pthread_once(&once, init_once);
  int *mine = malloc(sizeof(int));
  *mine = (int)(long)arg;
  pthread_setspecific(key, mine);
  pthread_barrier_wait(&bar);
  pthread_rwlock_rdlock(&rw);
  int v = *(int *)pthread_getspecific(key);
  pthread_rwlock_unlock(&rw);
  pthread_spin_lock(&spin);
  total += v;
  pthread_spin_unlock(&spin);
  pthread_mutex_lock(&mu);
  ready++;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&mu);
  return 0;
}
int main(int argc, char **argv) {
  pthread_key_create(&key, dtor);
  pthread_barrier_init(&bar, 0, 3);
  pthread_spin_init(&spin, PTHREAD_PROCESS_PRIVATE);
  pthread_attr_t *at = malloc(sizeof *at);
  pthread_attr_init(at);
  pthread_attr_setstacksize(at, 1 << 18);
  size_t ss = 0;
  pthread_attr_getstacksize(at, &ss);
  int ds;
  pthread_attr_getdetachstate(at, &ds);
  pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i], at, work, (void *)(i + 1));
  char *name = malloc(16);
  strcpy(name, "abcdefghijklmno");              /* 15 characters: the longest name */
  pthread_setname_np(t[0], name);
  char *back = malloc(16);
  pthread_getname_np(t[0], back, 16);
  pthread_mutex_lock(&mu);
  while (ready < 3) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  pthread_attr_t self;
  pthread_getattr_np(pthread_self(), &self);
  void *stk; size_t stksz;
  pthread_attr_getstack(&self, &stk, &stksz);
  pthread_attr_destroy(&self);
  pthread_attr_destroy(at);
  pthread_mutexattr_t ma;
  pthread_mutexattr_init(&ma);
  pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_t *rm = malloc(sizeof *rm);
  pthread_mutex_init(rm, &ma);
  pthread_mutex_lock(rm); pthread_mutex_lock(rm); pthread_mutex_unlock(rm); pthread_mutex_unlock(rm);
  pthread_mutex_destroy(rm);
  pthread_mutexattr_destroy(&ma);
  pthread_barrier_destroy(&bar);
  pthread_spin_destroy(&spin);
  printf("%d %d %zu %d %s %d %d\n", inits, total, ss, ds, back, stksz > 0, argc);
  free(at); free(name); free(back); free(rm);
  return 0;
}
