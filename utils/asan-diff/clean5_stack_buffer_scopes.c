// EXPECT: none
// Streams whose setvbuf buffers are locals (a fixed array, a VLA sized from
// argv, an alloca block) of functions that fclose them before returning;
// called again and again, so later streams' buffers reuse the dead frames'
// memory; a stream opened in one function and its buffer in the caller's
// frame, closed by the caller. Nested calls each with their own stream.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long checksum(const char *path) {
  FILE *f = fopen(path, "r");
  char buf[17];
  setvbuf(f, buf, _IOFBF, sizeof buf);
  unsigned long s = 0;
  int c;
  while ((c = fgetc(f)) != EOF)
    s = s * 31 + (unsigned)c;
  fclose(f);
  return s;
}

static void fixed(const char *path, int k) {
  char buf[64];
  FILE *f = fopen(path, "w");
  setvbuf(f, buf, _IOFBF, sizeof buf);
  for (int i = 0; i < k; ++i)
    fprintf(f, "fixed %d\n", i);
  fclose(f);
}

static void vla(const char *path, int k, size_t size) {
  char buf[size];
  FILE *f = fopen(path, "a");
  setvbuf(f, buf, _IOLBF, size);
  for (int i = 0; i < k; ++i)
    fprintf(f, "vla %d %zu\n", i, size);
  fclose(f);
}

static void with_alloca(const char *path, int k, int depth) {
  char *buf = alloca(32 + (size_t)depth * 8);
  FILE *f = fopen(path, "a");
  setvbuf(f, buf, _IOFBF, 32 + (size_t)depth * 8);
  fprintf(f, "alloca depth %d\n", depth);
  if (depth > 0)
    with_alloca(path, k, depth - 1); // inner stream on the same file
  for (int i = 0; i < k; ++i)
    fputs("a\n", f);
  fclose(f);
}

static FILE *open_for(const char *path) { return fopen(path, "a"); }

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  unsigned long sum = 0;
  for (int round = 0; round < n; ++round) {
    fixed("scope.txt", round + 3);
    vla("scope.txt", round, (size_t)(n * 3 + round));
    with_alloca("scope.txt", 2, round % 4);
    sum = sum * 7 + checksum("scope.txt");
  }
  char mine[128];
  FILE *f = open_for("scope.txt");
  setvbuf(f, mine, _IOFBF, sizeof mine);
  for (int i = 0; i < n * 10; ++i)
    fprintf(f, "main %d\n", i);
  fclose(f);
  sum += checksum("scope.txt");
  printf("sum %lu\n", sum);
  return 0;
}
