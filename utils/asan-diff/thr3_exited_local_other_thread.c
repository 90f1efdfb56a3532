// EXPECT: stack-use-after-return
// Thread 1 publishes a pointer to its local array and exits; thread 2,
// started after the join, reads through it.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static int *volatile handed;
static int idx;
__attribute__((noinline)) static void fill(int *a, int n) { for (int i = 0; i < n; i++) a[i] = i * 3; }
static void *producer(void *u) { int local[32]; fill(local, 32); handed = local; return 0; }
static void *reader(void *u) { return (void *)(long)handed[idx]; } // BUG
int main(int argc, char **argv) {
  idx = atoi(argv[1]);
  pthread_t a, b;
  void *r;
  pthread_create(&a, 0, producer, 0);
  pthread_join(a, 0);
  pthread_create(&b, 0, reader, 0);
  pthread_join(b, &r);
  printf("%ld\n", (long)r);
  return 0;
}
