// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <time.h>
int main(int argc, char **argv) {
  int t[1];
  time((time_t *)t); // BUG
  printf("%d\n", t[0] != 0);
  return 0;
}
