// EXPECT: heap-buffer-overflow
// One heap arena is cut into per-thread slices of `per` bytes; each of 4
// threads fills its slice; the last thread's loop bound counts the
// terminating NUL, writing one byte past the arena.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define NT 4
static char *arena;
static int per;
static const char *text;
static void *fill(void *p) {
  long id = (long)p;
  char *slice = arena + id * per;
  int n = id == NT - 1 ? per + 1 : per;
  for (int i = 0; i < n; i++)
    slice[i] = text[i % 26]; // BUG
  return 0;
}
int main(int argc, char **argv) {
  per = atoi(argv[1]) * 4;
  text = argv[2];
  arena = malloc(NT * per);
  pthread_t t[NT];
  for (long i = 0; i < NT; i++) {
    pthread_create(&t[i], 0, fill, (void *)i);
    pthread_join(t[i], 0);
  }
  printf("%.*s\n", 8, arena);
  free(arena);
  return 0;
}
