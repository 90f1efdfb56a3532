// EXPECT: none
// 600 short threads, 12 at a time: each fills local arrays and an alloca
// block, mallocs and frees, and hands a heap result back through join.
#include <alloca.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static void *work(void *p) {
  long id = (long)p;
  char buf[128 + (id % 7) * 16];
  int vals[40];
  int n = 8 + (int)(id % 90);
  char *a = alloca(n);
  memset(buf, (int)id, sizeof buf);
  memset(a, 1, n);
  for (int i = 0; i < 40; i++) vals[i] = buf[i] + a[i % n];
  long *res = malloc(sizeof *res * 4);
  res[0] = vals[39];
  res[3] = n;
  char *tmp = malloc(n * 3);
  memcpy(tmp, a, n);
  res[1] = tmp[n - 1];
  free(tmp);
  return res;
}
int main(void) {
  long s = 0;
  for (int r = 0; r < 50; r++) {
    pthread_t t[12];
    for (int i = 0; i < 12; i++) pthread_create(&t[i], 0, work, (void *)(long)(r * 12 + i));
    for (int i = 0; i < 12; i++) {
      void *v;
      pthread_join(t[i], &v);
      long *res = v;
      s += res[0] + res[1] + res[3];
      free(res);
    }
  }
  printf("%ld\n", s);
  return 0;
}
