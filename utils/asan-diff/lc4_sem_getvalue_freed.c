// EXPECT: heap-use-after-free
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  sem_t s;
  sem_init(&s, 0, atoi(argv[1]));
  int *v = malloc(sizeof *v);
  free(v);
  int r = sem_getvalue(&s, v); // BUG
  printf("%d\n", r);
  sem_destroy(&s);
  return 0;
}
