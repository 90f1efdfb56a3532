// EXPECT: stack-buffer-overflow
// A worker thread with a 160 MiB stack keeps a 64 MiB + 4 KiB histogram of
// 32-bit hash prefixes on its stack. Buckets are computed as
// `h / kWidth`, and a hash of exactly kMaxHash (the top of the range the
// caller promised) gives bucket BINS, one past the local array.
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BINS ((16u << 20) + 1024) /* 4-byte bins: 64 MiB + 4 KiB */
static const uint64_t kWidth = 16;
static const uint64_t kMaxHash = (uint64_t)BINS * 16;

static void *work(void *arg) {
  uint64_t top = *(const uint64_t *)arg;
  unsigned hist[BINS];
  memset(hist, 0, sizeof hist);
  for (uint64_t h = 0; h < 1000; h++) hist[(h * 2654435761u) % kMaxHash / kWidth]++;
  hist[top / kWidth]++; // BUG
  return (void *)(size_t)hist[7];
}

int main(int argc, char **argv) {
  uint64_t top = kMaxHash + (uint64_t)atoi(argv[1]) - 10; /* kMaxHash */
  pthread_attr_t a;
  pthread_attr_init(&a);
  pthread_attr_setstacksize(&a, (size_t)160 << 20);
  pthread_t t;
  void *r;
  pthread_create(&t, &a, work, &top);
  pthread_join(t, &r);
  pthread_attr_destroy(&a);
  printf("%ld %d\n", (long)r, argc);
  return 0;
}
