// EXPECT: double-free
// Two worker threads each release the same shared block; the second runs
// only after the first was joined.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct blob { int refs; char data[60]; };
static volatile int drops;
static void *drop(void *p) {
  free(p); // BUG
  drops++;
  return 0;
}
int main(int argc, char **argv) {
  struct blob *b = malloc(sizeof *b);
  b->refs = atoi(argv[1]);
  strcpy(b->data, argv[2]);
  printf("%s\n", b->data);
  pthread_t t1, t2;
  pthread_create(&t1, 0, drop, b);
  pthread_join(t1, 0);
  pthread_create(&t2, 0, drop, b);
  pthread_join(t2, 0);
  return 0;
}
