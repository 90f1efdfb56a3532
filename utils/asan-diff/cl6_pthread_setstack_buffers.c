// EXPECT: none
// Threads whose stacks the program provides with pthread_attr_setstack:
// one stack is a 1 MiB global array, one is malloc'ed, one is mmap'ed.
// Each thread runs a recursive checksum with a 2 KiB local block per
// level and passes pointers to its locals to callees. The threads are run
// twice on the same memory, so the second generation's frames land where
// the first generation's were.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

enum { STK = 1 << 20 };

static char g_stack[STK] __attribute__((aligned(4096)));

__attribute__((noinline)) static unsigned mix(const unsigned char *blk, size_t n, unsigned h) {
  for (size_t i = 0; i < n; i += 64) h = (h ^ blk[i]) * 16777619u;
  return h ^ blk[n - 1];
}

__attribute__((noinline)) static unsigned descend(int depth, unsigned h) {
  unsigned char blk[2048];
  memset(blk, (int)(h & 0xff), sizeof blk);
  blk[depth % 2048] = (unsigned char)depth;
  if (depth == 0) return mix(blk, sizeof blk, h);
  unsigned below = descend(depth - 1, h * 31 + 1);
  return mix(blk, sizeof blk, below);
}

static void *body(void *arg) {
  int depth = (int)(long)arg;
  char name[32];
  snprintf(name, sizeof name, "depth-%d", depth);
  unsigned r = descend(depth, (unsigned)strlen(name));
  return (void *)(unsigned long)r;
}

static unsigned run_on(void *stack, size_t size, int depth) {
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setstack(&at, stack, size);
  pthread_t t;
  void *r = NULL;
  if (pthread_create(&t, &at, body, (void *)(long)depth) == 0) pthread_join(t, &r);
  pthread_attr_destroy(&at);
  return (unsigned)(unsigned long)r;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  void *heap = NULL;
  if (posix_memalign(&heap, 4096, STK)) return 1;
  void *mapped = mmap(NULL, STK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapped == MAP_FAILED) return 1;
  unsigned acc = 0;
  for (int gen = 0; gen < 2; gen++) {
    acc ^= run_on(g_stack, STK, n * 20 + gen * 50);
    acc ^= run_on(heap, STK, n * 15 + gen * 30);
    acc ^= run_on(mapped, STK, n * 25 + gen * 10);
  }
  printf("%08x\n", acc);
  munmap(mapped, STK);
  free(heap);
  return 0;
}
