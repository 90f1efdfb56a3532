// EXPECT: none
// A function hands the addresses of its local arrays and struct to worker
// threads and joins them all before returning; workers write their own
// slices right up to the last element.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct Slice {
  int *base;
  int len;
  long *out;
};
static void *work(void *arg) {
  struct Slice *s = arg;
  long acc = 0;
  for (int i = 0; i < s->len; i++) {
    s->base[i] = i * 3 + s->len;
    acc += s->base[i];
  }
  *s->out = acc;
  return NULL;
}
__attribute__((noinline)) static long run(int n) {
  int data[64];
  long results[4];
  struct Slice slices[4];
  pthread_t t[4];
  for (int k = 0; k < 4; k++) {
    slices[k].base = data + k * 16;
    slices[k].len = 16;
    slices[k].out = &results[k];
    pthread_create(&t[k], NULL, work, &slices[k]);
  }
  for (int k = 0; k < 4; k++) pthread_join(t[k], NULL);
  long s = 0;
  for (int k = 0; k < 4; k++) s += results[k];
  return s + data[63] + n;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long s = 0;
  for (int i = 0; i < 3; i++) s += run(n + i);
  printf("%ld %d\n", s, argc);
  return 0;
}
