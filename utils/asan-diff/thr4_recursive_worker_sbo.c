// EXPECT: stack-buffer-overflow
// 4 workers recurse 300 frames deep, each frame with a local buffer; at the
// bottom, worker 3 writes one byte past its deepest frame's buffer.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int lim;
__attribute__((noinline)) static long dive(int d, int id) {
  char buf[48];
  memset(buf, d, sizeof buf);
  if (d == 0) {
    int n = id == 3 ? lim : 48;
    for (int i = 0; i < n; i++) buf[i] = (char)(id + i); // BUG
    return buf[47];
  }
  return dive(d - 1, id) + buf[d % 48];
}
static void *work(void *p) { return (void *)dive(300, (int)(long)p); }
int main(int argc, char **argv) {
  lim = atoi(argv[1]) + 39; /* 49 */
  pthread_t t[4];
  long s = 0;
  for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < 4; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  printf("%ld\n", s);
  return 0;
}
