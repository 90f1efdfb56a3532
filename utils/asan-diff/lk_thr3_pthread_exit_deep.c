// EXPECT: leak
// A thread allocates 256 bytes in a frame 4 calls deep (pointer kept only in
// that frame) and leaves with pthread_exit from there.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void deep(int d) {
  char arr[100];
  memset(arr, d, sizeof arr);
  if (d == 0) {
    char *volatile p = malloc(256); // BUG
    memset(p, 1, 256);
    pthread_exit((void *)(long)(p[7] + arr[5]));
  }
  deep(d - 1);
}
static void *work(void *u) { deep(4); return 0; }
int main(int argc, char **argv) {
  pthread_t t;
  void *r;
  pthread_create(&t, 0, work, 0);
  pthread_join(t, &r);
  printf("%ld\n", (long)r);
  return 0;
}
