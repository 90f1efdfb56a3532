// EXPECT: leak
// Each of 4 threads allocates 100 bytes, keeps the pointer only in a local,
// and exits; the blocks were reachable only from the exited threads' stacks.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static void *work(void *p) {
  char *volatile keep = malloc(100); // BUG
  memset(keep, (int)(long)p, 100);
  return (void *)(long)keep[50];
}
int main(int argc, char **argv) {
  long s = 0;
  for (long i = 0; i < 4; i++) {
    pthread_t t;
    void *r;
    pthread_create(&t, 0, work, (void *)i);
    pthread_join(t, &r);
    s += (long)r;
  }
  printf("%ld\n", s);
  return 0;
}
