// EXPECT: stack-buffer-overflow
// 12 rounds of 6 threads, each filling a local buffer; in the last round the
// thread with index 5 writes one element past its local array.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int lim;
struct arg { int round, idx; long out; };
__attribute__((noinline)) static long fill(int round, int idx) {
  int buf[24];
  int n = (round == 11 && idx == 5) ? lim : 24;
  for (int i = 0; i < n; i++) buf[i] = i + round * idx; // BUG
  long s = 0;
  for (int i = 0; i < 24; i++) s += buf[i];
  return s;
}
static void *work(void *p) {
  struct arg *a = p;
  char pad[200];
  memset(pad, a->idx, sizeof pad);
  a->out = fill(a->round, a->idx) + pad[a->round];
  return 0;
}
int main(int argc, char **argv) {
  lim = atoi(argv[1]) + 15; /* 25 */
  long total = 0;
  for (int r = 0; r < 12; r++) {
    pthread_t t[6];
    struct arg a[6];
    for (int i = 0; i < 6; i++) { a[i].round = r; a[i].idx = i; pthread_create(&t[i], 0, work, &a[i]); }
    for (int i = 0; i < 6; i++) { pthread_join(t[i], 0); total += a[i].out; }
  }
  printf("%ld\n", total);
  return 0;
}
