// EXPECT: stack-buffer-overflow
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
void *work(void *arg) {
  char b[20];
  int k = *(int *)arg;
  b[k] = 1; // BUG
  printf("%d\n", b[0]);
  return 0;
}
int main(int argc, char **argv) {
  int k = atoi(argv[1]) + 10;
  pthread_t t;
  pthread_create(&t, 0, work, &k);
  pthread_join(t, 0);
  return 0;
}
