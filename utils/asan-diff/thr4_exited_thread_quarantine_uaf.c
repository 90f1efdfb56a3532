// EXPECT: heap-use-after-free
// A worker frees a 96-byte record and exits; main then allocates and frees
// 3000 blocks of the same size and reads the record through a kept pointer.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static char *rec;
static void *drop(void *u) {
  rec[0] = 'r';
  free(rec);
  return 0;
}
int main(int argc, char **argv) {
  int idx = atoi(argv[1]);
  rec = malloc(96);
  memset(rec, 'a', 96);
  pthread_t t;
  pthread_create(&t, 0, drop, 0);
  pthread_join(t, 0);
  char *keep[3000];
  for (int i = 0; i < 3000; i++) { keep[i] = malloc(96); memset(keep[i], i, 96); }
  for (int i = 0; i < 3000; i += 2) free(keep[i]);
  long s = 0;
  for (int i = 1; i < 3000; i += 2) { s += keep[i][95]; free(keep[i]); }
  printf("%ld %c\n", s, rec[idx]); // BUG
  return 0;
}
