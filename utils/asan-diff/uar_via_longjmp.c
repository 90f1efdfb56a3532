// EXPECT: stack-use-after-return
// A function publishes the address of its local array and longjmps out;
// the setjmp site then reads through the pointer into the abandoned frame.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
static jmp_buf env;
static int *volatile g_p;
__attribute__((noinline)) static void publish_and_jump(int v) {
  int local[8];
  for (int i = 0; i < 8; i++) local[i] = v + i;
  g_p = local;
  longjmp(env, 1);
}
int main(int argc, char **argv) {
  if (!setjmp(env)) publish_and_jump(atoi(argv[1]));
  printf("%d\n", g_p[2]); // BUG
  return 0;
}
