// EXPECT: none
// An in-memory log shared by threads: for each round main opens an
// open_memstream stream, two worker threads write to it at once (fprintf
// lines and fwrite blocks; every stdio call locks the stream, so the
// writes are safe and only their order varies), main waits for both at a
// barrier, closes the stream and checks the size of what was written
// before freeing the buffer. glibc moves the buffer (malloc, copy, free)
// each time it grows, inside the writer's locked call.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *volatile current;
static pthread_barrier_t start, stop;
static int rounds, lines;
static const char *alpha;

static void *worker(void *arg) {
  long id = (long)arg;
  char block[700];
  memset(block, 'a' + (int)id, sizeof block);
  for (int r = 0; r < rounds; ++r) {
    pthread_barrier_wait(&start);
    FILE *m = current;
    for (int i = 0; i < lines; ++i) {
      fprintf(m, "T%ld %06d %.20s\n", id, i, alpha); // 31 bytes
      if (i % 4 == 0)
        fwrite(block, 1, sizeof block, m);
    }
    pthread_barrier_wait(&stop);
  }
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  alpha = argc > 2 ? argv[2] : "xyz-xyz-xyz-xyz-xyz-xyz";
  rounds = n * 400;
  lines = 200;
  pthread_barrier_init(&start, NULL, 3);
  pthread_barrier_init(&stop, NULL, 3);
  pthread_t t[2];
  for (long i = 0; i < 2; ++i)
    pthread_create(&t[i], NULL, worker, (void *)i);
  unsigned long total = 0, bad = 0;
  size_t expect = 2 * ((size_t)lines * 31 + (size_t)(lines / 4) * 700);
  for (int r = 0; r < rounds; ++r) {
    char *buf = NULL;
    size_t size = 0;
    current = open_memstream(&buf, &size);
    pthread_barrier_wait(&start);
    pthread_barrier_wait(&stop);
    fclose(current);
    total += size;
    bad += size != expect || strlen(buf) != size;
    free(buf);
  }
  for (int i = 0; i < 2; ++i)
    pthread_join(t[i], NULL);
  pthread_barrier_destroy(&start);
  pthread_barrier_destroy(&stop);
  printf("rounds %d total %lu bad %lu\n", rounds, total, bad);
  return 0;
}
