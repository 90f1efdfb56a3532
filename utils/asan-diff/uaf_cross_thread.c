// EXPECT: heap-use-after-free
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static char *shared;
static void *freer(void *a) {
  free(shared);
  return 0;
}
int main(int argc, char **argv) {
  shared = malloc(32);
  strcpy(shared, argv[2]);
  pthread_t t;
  pthread_create(&t, 0, freer, 0);
  pthread_join(t, 0);
  printf("%c\n", shared[3]); // BUG
  return 0;
}
