// EXPECT: none
// Many short-lived threads (rounds of six), each recursing 150 deep with
// 1 KiB frames plus a VLA per frame, handing pointers to its locals down
// the recursion; each result is checked by the joiner.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static unsigned walk(int d, const unsigned *above, int width) {
  unsigned frame[256];
  unsigned vla[width];
  for (int i = 0; i < 256; i++) frame[i] = (above ? above[i] : 7u) * 33u + (unsigned)(d + i);
  for (int i = 0; i < width; i++) vla[i] = frame[i % 256] ^ (unsigned)i;
  unsigned below = d ? walk(d - 1, frame, width % 40 + 3) : 0;
  return below + frame[255] + vla[width - 1];
}

struct job {
  int depth;
  int width;
  unsigned result;
};

static void *run(void *arg) {
  struct job *j = arg;
  j->result = walk(j->depth, NULL, j->width);
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  unsigned total = 0;
  for (int round = 0; round < n * 4; round++) {
    struct job jobs[6];
    pthread_t th[6];
    for (int i = 0; i < 6; i++) {
      jobs[i].depth = 100 + (round * 7 + i * 11) % 50;
      jobs[i].width = 5 + i * 3;
      pthread_create(&th[i], NULL, run, &jobs[i]);
    }
    for (int i = 0; i < 6; i++) {
      pthread_join(th[i], NULL);
      total += jobs[i].result;
    }
  }
  printf("%u\n", total);
  return 0;
}
