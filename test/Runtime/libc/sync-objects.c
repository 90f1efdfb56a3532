// ===- test/Runtime/libc/sync-objects.c - locks, semaphores, thread slots ---===//
//
// The objects the pthread functions work on live in the program's memory:
// a mutex, condition variable, read-write lock, spin lock, barrier, once
// control or semaphore freed with the structure that held it, or in a
// block too small for it; a deadline freed before the wait reads it; the
// slot pthread_create stores the thread's id in, pthread_join its value,
// pthread_key_create its key and posix_memalign its block; a stack given
// to pthread_attr_setstack that was freed. Valgrind reports each; ASan
// none (runtime/memscope_sync.cpp). Each is reported at the program's call,
// -O0 and -O2; correct uses of all of them are silent.
//
// See also: kernel-args.c, runtime/memscope_sync.cpp.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t -lpthread
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR
// RUN: %clang_memscope -O2 %s -o %t -lpthread
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR

#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

volatile long Sink;

static void *freed(size_t Size) {
  void *P = malloc(Size);
  memset(P, 0, Size);
  free(P);
  return P;
}

struct Queue {
  pthread_mutex_t Lock;
  pthread_cond_t Ready;
  int Items;
};

static void *worker(void *Arg) {
  struct Queue *Q = Arg;
  pthread_mutex_lock(&Q->Lock);
  ++Q->Items;
  pthread_cond_signal(&Q->Ready);
  pthread_mutex_unlock(&Q->Lock);
  return Arg;
}

static pthread_once_t Once = PTHREAD_ONCE_INIT;
static void initOnce(void) { Sink = 1; }

static void clean(void) {
  struct Queue *Q = malloc(sizeof(*Q));
  pthread_mutex_init(&Q->Lock, NULL);
  pthread_cond_init(&Q->Ready, NULL);
  Q->Items = 0;
  pthread_t Thread;
  pthread_create(&Thread, NULL, worker, Q);
  pthread_mutex_lock(&Q->Lock);
  while (!Q->Items)
    pthread_cond_wait(&Q->Ready, &Q->Lock);
  pthread_mutex_unlock(&Q->Lock);
  void *Value;
  pthread_join(Thread, &Value);
  struct timespec Soon;
  clock_gettime(CLOCK_REALTIME, &Soon);
  pthread_mutex_lock(&Q->Lock);
  Sink = pthread_cond_timedwait(&Q->Ready, &Q->Lock, &Soon);
  pthread_mutex_unlock(&Q->Lock);
  pthread_cond_destroy(&Q->Ready);
  pthread_mutex_destroy(&Q->Lock);
  free(Q);
  pthread_rwlock_t RwLock;
  pthread_rwlock_init(&RwLock, NULL);
  pthread_rwlock_rdlock(&RwLock);
  pthread_rwlock_unlock(&RwLock);
  pthread_rwlock_destroy(&RwLock);
  pthread_spinlock_t Spin;
  pthread_spin_init(&Spin, PTHREAD_PROCESS_PRIVATE);
  pthread_spin_lock(&Spin);
  pthread_spin_unlock(&Spin);
  sem_t Sem;
  int Count;
  sem_init(&Sem, 0, 1);
  sem_wait(&Sem);
  sem_post(&Sem);
  sem_getvalue(&Sem, &Count);
  sem_destroy(&Sem);
  pthread_once(&Once, initOnce);
  pthread_key_t Key;
  pthread_key_create(&Key, NULL);
  pthread_attr_t Attr;
  pthread_attr_init(&Attr);
  pthread_attr_setstacksize(&Attr, 1 << 20);
  pthread_attr_destroy(&Attr);
  void *Aligned;
  Sink += posix_memalign(&Aligned, 64, 100);
  free(Aligned);
  printf("clean %d %d\n", Count, Value == (void *)Q);
  // CHECK: clean 1 1
}

int main(int Argc, char **Argv) {
  const char *C = Argv[1];
  if (!strcmp(C, "clean"))
    clean();
  if (!strcmp(C, "mutex")) {
    struct Queue *Q = malloc(sizeof(*Q));
    pthread_mutex_init(&Q->Lock, NULL);
    free(Q);
    Sink = pthread_mutex_lock(&Q->Lock); // MUTEX
  }
  if (!strcmp(C, "mutex-init"))
    Sink = pthread_mutex_init(malloc(16), NULL); // MUTEX_INIT
  if (!strcmp(C, "cond"))
    Sink = pthread_cond_signal(freed(sizeof(pthread_cond_t))); // COND
  if (!strcmp(C, "rwlock"))
    Sink = pthread_rwlock_wrlock(freed(sizeof(pthread_rwlock_t))); // RWLOCK
  if (!strcmp(C, "semaphore"))
    Sink = sem_post(freed(sizeof(sem_t))); // SEMAPHORE
  if (!strcmp(C, "once"))
    Sink = pthread_once(freed(sizeof(pthread_once_t)), initOnce); // ONCE
  if (!strcmp(C, "deadline")) {
    pthread_mutex_t Lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&Lock);
    Sink = pthread_mutex_timedlock(&Lock, freed(16)); // DEADLINE
  }
  if (!strcmp(C, "create")) {
    pthread_t *Slot = malloc(4);
    Sink = pthread_create(Slot, NULL, worker, NULL); // CREATE
  }
  if (!strcmp(C, "join")) {
    struct Queue Q = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0};
    pthread_t Thread;
    pthread_create(&Thread, NULL, worker, &Q);
    Sink = pthread_join(Thread, freed(sizeof(void *))); // JOIN
  }
  if (!strcmp(C, "key"))
    Sink = pthread_key_create(malloc(2), NULL); // KEY
  if (!strcmp(C, "stack")) {
    pthread_attr_t Attr;
    pthread_attr_init(&Attr);
    Sink = pthread_attr_setstack(&Attr, freed(1 << 16), 1 << 16); // STACK
  }
  if (!strcmp(C, "posix_memalign"))
    Sink = posix_memalign(freed(sizeof(void *)), 64, 100); // POSIX_MEMALIGN
  return 0;
}

// CASE: mutex heap-use-after-free MUTEX
// CASE: mutex-init heap-buffer-overflow MUTEX_INIT
// CASE: cond heap-use-after-free COND
// CASE: rwlock heap-use-after-free RWLOCK
// CASE: semaphore heap-use-after-free SEMAPHORE
// CASE: once heap-use-after-free ONCE
// CASE: deadline heap-use-after-free DEADLINE
// CASE: create heap-buffer-overflow CREATE
// CASE: join heap-use-after-free JOIN
// CASE: key heap-buffer-overflow KEY
// CASE: stack heap-use-after-free STACK
// CASE: posix_memalign heap-use-after-free POSIX_MEMALIGN
