// EXPECT: none
// Four threads with 128 KiB stacks (pthread_attr_setstacksize) each run a
// recursion with local arrays and a VLA, several rounds on reused stacks.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static long rec(int n, int w) {
  char buf[96];
  int vla[w];
  memset(buf, n, sizeof buf);
  for (int i = 0; i < w; i++) vla[i] = i + n;
  if (n == 0) return buf[95] + vla[w - 1];
  return rec(n - 1, w) + buf[n % 96] + vla[0];
}
static void *work(void *arg) {
  long id = (long)arg, s = 0;
  for (int i = 0; i < 50; i++) s += rec(100 + (int)id * 10, 3 + i % 9);
  return (void *)s;
}
int main(int argc, char **argv) {
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setstacksize(&at, 128 * 1024);
  long tot = 0;
  for (int round = 0; round < 3; round++) {
    pthread_t t[4];
    for (long i = 0; i < 4; i++) pthread_create(&t[i], &at, work, (void *)(i + atoi(argv[1]) % 2));
    for (int i = 0; i < 4; i++) { void *r; pthread_join(t[i], &r); tot += (long)r; }
  }
  printf("%ld\n", tot);
  return 0;
}
