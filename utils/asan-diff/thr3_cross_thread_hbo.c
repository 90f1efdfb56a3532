// EXPECT: heap-buffer-overflow
// Thread A allocates a 48-byte buffer and exits; thread B, started after A
// was joined, writes one byte past it.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static char *volatile shared;
static int n;
static void *alloc_it(void *u) { shared = malloc(48); for (int i = 0; i < 48; i++) shared[i] = 1; return 0; }
static void *write_it(void *u) {
  char *p = shared;
  p[n] = 7; // BUG
  return 0;
}
int main(int argc, char **argv) {
  n = atoi(argv[1]) + 38; /* 48 */
  pthread_t a, b;
  pthread_create(&a, 0, alloc_it, 0);
  pthread_join(a, 0);
  pthread_create(&b, 0, write_it, 0);
  pthread_join(b, 0);
  printf("%d\n", shared[0]);
  free(shared);
  return 0;
}
