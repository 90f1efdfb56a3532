// EXPECT: heap-buffer-overflow
// 16 threads each allocate and fill their own heap buffers of different
// sizes; thread 13 reads one past the end of its third buffer.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static int extra;
static void *work(void *p) {
  long id = (long)p;
  long s = 0;
  for (int k = 0; k < 5; k++) {
    int n = 20 + (int)id * 3 + k;
    short *b = malloc(n * sizeof *b);
    for (int i = 0; i < n; i++) b[i] = (short)(i + id);
    int last = (id == 13 && k == 2) ? n - 1 + extra : n - 1;
    s += b[last]; // BUG
    free(b);
  }
  return (void *)s;
}
int main(int argc, char **argv) {
  extra = atoi(argv[1]) - 9; /* 1 */
  pthread_t t[16];
  long s = 0;
  for (long i = 0; i < 16; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < 16; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  printf("%ld\n", s);
  return 0;
}
