// EXPECT: none
// Eight threads each malloc and free 10,000 blocks of varying sizes,
// keeping a window of 64 live blocks, writing every byte of each.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int base;
static void *work(void *p) {
  long id = (long)p;
  char *win[64] = {0};
  size_t sz[64] = {0};
  long s = 0;
  for (int i = 0; i < 10000; i++) {
    int slot = (i * 7 + (int)id) % 64;
    if (win[slot]) {
      s += win[slot][sz[slot] - 1];
      free(win[slot]);
    }
    sz[slot] = (size_t)(base + (i * 13 + id) % 500);
    win[slot] = malloc(sz[slot]);
    memset(win[slot], (int)(i & 0x7f), sz[slot]);
  }
  for (int i = 0; i < 64; i++) free(win[i]);
  return (void *)s;
}
int main(int argc, char **argv) {
  base = atoi(argv[1]) - 9;
  pthread_t t[8];
  long s = 0;
  for (long i = 0; i < 8; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < 8; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  printf("%ld\n", s);
  return 0;
}
