// EXPECT: stack-use-after-return
#include <pthread.h>
#include <stdio.h>
__attribute__((noinline)) static int *grab(int v) {
  int local[8];
  for (int i = 0; i < 8; i++) local[i] = v + i;
  int *volatile p = local;
  return p;
}
static void *work(void *a) {
  int *p = grab((int)(long)a);
  return (void *)(long)p[3]; // BUG
}
int main(int argc, char **argv) {
  pthread_t t;
  pthread_create(&t, 0, work, (void *)(long)argc);
  void *r;
  pthread_join(t, &r);
  printf("%ld\n", (long)r);
  return 0;
}
