// EXPECT: none
// Forty streams open at once, each given a slice of one heap arena as its
// buffer (slices of different sizes and modes, the last ending exactly at
// the arena's end), written round-robin, flushed all at once with
// fflush(NULL), some reopened for reading with setvbuf slices of a second
// arena; every stream closed before the arenas are freed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NS 40

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  size_t slice[NS], total = 0;
  for (int i = 0; i < NS; ++i) {
    slice[i] = 16 + (size_t)((i * 37) % 200);
    total += slice[i];
  }
  char *arena = malloc(total);
  FILE *f[NS];
  size_t off = 0;
  for (int i = 0; i < NS; ++i) {
    char name[32];
    snprintf(name, sizeof name, "s%02d.txt", i);
    f[i] = fopen(name, "w");
    if (!f[i])
      return 1;
    setvbuf(f[i], arena + off, i % 3 == 0 ? _IOLBF : _IOFBF, slice[i]);
    off += slice[i];
  }
  for (int r = 0; r < n * 5; ++r)
    for (int i = 0; i < NS; ++i)
      fprintf(f[i], "%d-%d-%.*s\n", r, i, 1 + (r + i) % 26, alpha);
  fflush(NULL);
  for (int i = 0; i < NS; ++i)
    fclose(f[i]);
  free(arena);

  char *arena2 = malloc(NS * 24);
  unsigned long sum = 0;
  for (int i = 0; i < NS; i += 2) {
    char name[32];
    snprintf(name, sizeof name, "s%02d.txt", i);
    f[i] = fopen(name, "r");
    setvbuf(f[i], arena2 + i * 24, _IOFBF, 24);
  }
  char line[64];
  for (int round = 0; round < n * 5; ++round)
    for (int i = 0; i < NS; i += 2)
      if (fgets(line, sizeof line, f[i]))
        sum = sum * 31 + strlen(line);
  for (int i = 0; i < NS; i += 2)
    fclose(f[i]);
  free(arena2);
  printf("total %zu sum %lu\n", total, sum);
  return 0;
}
