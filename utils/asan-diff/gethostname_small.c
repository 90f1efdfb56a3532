// EXPECT: stack-buffer-overflow
// ASan has no gethostname interceptor and misses this; memscope is expected to report it.
#include <stdio.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char h[1];
  char pad[64];
  int r = gethostname(h, sizeof pad); // BUG
  printf("%d %c\n", r, h[0]);
  return 0;
}
