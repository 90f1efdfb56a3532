// EXPECT: none
// Four threads each run a 60 KiB frame (used to its last byte) and a
// recursion with small arrays, and return values derived from them.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static long deep(int d) {
  int a[11];
  for (int i = 0; i < 11; i++) a[i] = d + i;
  return a[10] + (d < 200 ? deep(d + 1) : 0);
}
__attribute__((noinline)) static long wide(int seed) {
  unsigned char big[60 * 1024];
  memset(big, seed, sizeof big);
  big[sizeof big - 1] = (unsigned char)(seed + 1);
  long s = 0;
  for (size_t i = 0; i < sizeof big; i += 997) s += big[i];
  return s + big[sizeof big - 1];
}
static void *worker(void *arg) {
  int seed = *(int *)arg;
  long r = wide(seed) + deep(seed % 5);
  return (void *)r;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  pthread_t t[4];
  int seeds[4];
  for (int i = 0; i < 4; i++) { seeds[i] = n + i; pthread_create(&t[i], 0, worker, &seeds[i]); }
  long s = 0;
  for (int i = 0; i < 4; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  printf("%ld %d\n", s + wide(n), argc);
  return 0;
}
