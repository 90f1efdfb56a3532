// EXPECT: global-buffer-overflow
// main sends SIGUSR1 to one worker with pthread_kill; the handler, running
// on that worker, records the worker's slot in a global array using the
// slot number as index -- the last worker's slot is one past the end.
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#define NW 4
static volatile sig_atomic_t hits[NW - 1];
static __thread int my_slot;
static sem_t ready, stop;
static void on_usr1(int sig) {
  hits[my_slot] = sig; // BUG
}
static void *work(void *p) {
  my_slot = (int)(long)p;
  sem_post(&ready);
  while (sem_wait(&stop) != 0) {
  }
  return 0;
}
int main(int argc, char **argv) {
  struct sigaction sa = {0};
  sa.sa_handler = on_usr1;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR1, &sa, 0);
  sem_init(&ready, 0, 0);
  sem_init(&stop, 0, 0);
  pthread_t t[NW];
  for (long i = 0; i < NW; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < NW; i++) sem_wait(&ready);
  int target = atoi(argv[1]) - 7; /* 3 */
  pthread_kill(t[target], SIGUSR1);
  for (int i = 0; i < NW; i++) sem_post(&stop);
  for (int i = 0; i < NW; i++) pthread_join(t[i], 0);
  printf("%d\n", (int)hits[0]);
  return 0;
}
