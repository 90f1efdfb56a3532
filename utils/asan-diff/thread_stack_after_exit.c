// EXPECT: stack-use-after-return
// A thread hands back a pointer to its own stack array, read after the thread exited. ASan unmaps the thread's fake stack at exit and reports a SEGV here; memscope is expected to name the stack-use-after-return.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static int *volatile handed;
__attribute__((noinline)) static void fill(int *a, int n) { for (int i = 0; i < n; i++) a[i] = i * n; }
static void *work(void *arg) {
  int local[16];
  fill(local, 16);
  handed = local;
  return 0;
}
int main(int argc, char **argv) {
  pthread_t t;
  pthread_create(&t, 0, work, 0);
  pthread_join(t, 0);
  printf("%d\n", handed[atoi(argv[1])]); // BUG
  return 0;
}
