// EXPECT: none
// Six threads each recurse 2000 levels with locals whose addresses escape,
// return pointers only to their callers' storage, and join.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void fill(int *out, const char *src, int n) {
  for (int i = 0; i < n; i++) out[i] = src[i];
}
__attribute__((noinline)) static long rec(int d, int *result_slot) {
  char name[11];
  snprintf(name, sizeof name, "d%09d", d);
  int codes[11];
  fill(codes, name, 11);
  if (d == 0) { *result_slot = codes[10]; return codes[0]; }
  int below = 0;
  long r = rec(d - 1, &below);
  *result_slot = below + codes[10];
  return r + codes[1];
}
static void *work(void *arg) {
  int seed = (int)(long)arg;
  long acc = 0;
  for (int round = 0; round < 10; round++) {
    int slot = 0;
    acc += rec(2000 + seed, &slot) + slot;
  }
  return (void *)acc;
}
int main(int argc, char **argv) {
  pthread_t t[6];
  for (long i = 0; i < 6; i++) pthread_create(&t[i], 0, work, (void *)(i + atoi(argv[1])));
  long s = 0;
  for (int i = 0; i < 6; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  printf("%ld %d\n", s, argc);
  return 0;
}
