// EXPECT: dynamic-stack-buffer-overflow
// Worker threads format into an alloca'd buffer sized from the request;
// one worker's request writes one byte past its alloca block.
#include <alloca.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static const char *text;
__attribute__((noinline)) static long format(int n, int extra) {
  char *buf = alloca(n);
  for (int i = 0; i < n + extra; i++)
    buf[i] = text[i % 26]; // BUG
  long s = 0;
  for (int i = 0; i < n; i++) s += buf[i];
  return s;
}
static void *work(void *p) {
  long id = (long)p;
  return (void *)format(12 + (int)id * 3, id == 2);
}
int main(int argc, char **argv) {
  text = argv[2];
  (void)atoi(argv[1]);
  pthread_t t[3];
  long s = 0;
  for (long i = 0; i < 3; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < 3; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  printf("%ld\n", s);
  return 0;
}
