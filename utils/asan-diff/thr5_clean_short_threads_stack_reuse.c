// EXPECT: none
// 300 short-lived threads, two at a time, each with address-taken local
// arrays in nested calls and a pointer to a local returned *by value*
// only; stacks and fake stacks are reused over and over.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int seed;
__attribute__((noinline)) static long leaf(const int *a, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += a[i];
  return s;
}
__attribute__((noinline)) static long mid(long id) {
  int a[32];
  char name[24];
  for (int i = 0; i < 32; i++) a[i] = (int)id + i + seed;
  snprintf(name, sizeof name, "t%ld", id);
  return leaf(a, 32) + (long)strlen(name);
}
static void *work(void *p) {
  long id = (long)p;
  int scratch[64];
  memset(scratch, 0, sizeof scratch);
  scratch[id % 64] = (int)mid(id);
  return (void *)(long)scratch[id % 64];
}
int main(int argc, char **argv) {
  seed = atoi(argv[1]);
  long total = 0;
  for (long i = 0; i < 300; i += 2) {
    pthread_t a, b;
    void *ra, *rb;
    pthread_create(&a, 0, work, (void *)i);
    pthread_create(&b, 0, work, (void *)(i + 1));
    pthread_join(a, &ra);
    pthread_join(b, &rb);
    total += (long)ra + (long)rb;
  }
  printf("%ld\n", total);
  return 0;
}
