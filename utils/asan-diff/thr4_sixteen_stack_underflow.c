// EXPECT: stack-buffer-underflow
// 16 threads sum their own local arrays; thread 11 starts its loop at
// index -1.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int first;
__attribute__((noinline)) static long sum(long id) {
  int arr[20];
  for (int i = 0; i < 20; i++) arr[i] = (int)id * i;
  long s = 0;
  for (int i = id == 11 ? first : 0; i < 20; i++) s += arr[i]; // BUG
  return s;
}
static void *work(void *p) { return (void *)sum((long)p); }
int main(int argc, char **argv) {
  first = atoi(argv[1]) - 11; /* -1 */
  pthread_t t[16];
  long s = 0;
  for (long i = 0; i < 16; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < 16; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  printf("%ld\n", s);
  return 0;
}
