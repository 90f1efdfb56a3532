// EXPECT: stack-buffer-overflow
// A worker thread started with a 160 MiB stack builds a 64 MiB histogram
// on its stack; in the same function a 16-byte label buffer receives a
// 16-character name with strcpy, whose NUL lands one byte past it.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define BINS ((16u << 20) + 1024) /* 4-byte bins: 64 MiB + 4 KiB */
__attribute__((noinline)) static void bump(unsigned *hist, unsigned v) { hist[v % BINS]++; }
static void *work(void *arg) {
  const char *name = arg;
  unsigned hist[BINS];
  char label[16];
  strcpy(label, name); // BUG
  for (unsigned i = 0; i < 64; i++) bump(hist, i * 2654435761u);
  return (void *)(size_t)(label[0] + hist[0]);
}
int main(int argc, char **argv) {
  pthread_attr_t a;
  pthread_attr_init(&a);
  pthread_attr_setstacksize(&a, (size_t)160 << 20);
  pthread_t t;
  void *r;
  pthread_create(&t, &a, work, argv[2] + atoi(argv[1]));  /* 16 chars */
  pthread_join(t, &r);
  pthread_attr_destroy(&a);
  printf("%ld %d\n", (long)r, argc);
  return 0;
}
