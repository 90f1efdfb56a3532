// EXPECT: none
// main sends SIGUSR1 to each of 4 workers in turn with pthread_kill; the
// handler, running on the target, records into a global array at the
// worker's own (thread-local) slot, and into a thread-local counter.
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#define NW 4
static volatile sig_atomic_t hits[NW];
static __thread int my_slot;
static __thread volatile sig_atomic_t my_count;
static sem_t ready, handled, stop;
static void on_usr1(int sig) {
  hits[my_slot] += sig;
  my_count++;
  sem_post(&handled);
}
static void *work(void *p) {
  my_slot = (int)(long)p;
  sem_post(&ready);
  while (sem_wait(&stop) != 0) {
  }
  return (void *)(long)my_count;
}
int main(int argc, char **argv) {
  struct sigaction sa = {0};
  sa.sa_handler = on_usr1;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR1, &sa, 0);
  sem_init(&ready, 0, 0);
  sem_init(&handled, 0, 0);
  sem_init(&stop, 0, 0);
  pthread_t t[NW];
  for (long i = 0; i < NW; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < NW; i++) sem_wait(&ready);
  int reps = atoi(argv[1]) / 5;
  for (int r = 0; r < reps; r++)
    for (int i = 0; i < NW; i++) {
      pthread_kill(t[i], SIGUSR1);
      while (sem_wait(&handled) != 0) {
      }
    }
  for (int i = 0; i < NW; i++) sem_post(&stop);
  long c = 0;
  for (int i = 0; i < NW; i++) { void *r; pthread_join(t[i], &r); c += (long)r; }
  printf("%ld %d\n", c, (int)hits[NW - 1]);
  return 0;
}
