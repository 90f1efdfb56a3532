// EXPECT: stack-buffer-overflow
// A thread's local float array summed with one element too many.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static void *work(void *arg) {
  int n = *(int *)arg;
  float v[32];
  for (int i = 0; i < 32; i++) v[i] = i * 0.5f;
  float s = 0;
  for (int i = 0; i < n; i++) s += v[i]; // BUG
  printf("%f\n", s);
  return 0;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 3 + 3; /* 33 */
  pthread_t t;
  pthread_create(&t, 0, work, &n);
  pthread_join(t, 0);
  return argc > 10;
}
