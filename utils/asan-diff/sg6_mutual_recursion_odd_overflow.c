// EXPECT: stack-buffer-overflow
// Two mutually recursive functions with different local arrays; only the
// odd-depth one, at the depth given on the command line, writes one past.
#include <stdio.h>
#include <stdlib.h>
static int target;
static int even(int d);
__attribute__((noinline)) static int odd(int d) {
  short buf[5];
  for (int i = 0; i < 5; i++) buf[i] = (short)(d + i);
  int idx = d == target ? 5 : 4;
  buf[idx] = 7; // BUG
  return buf[0] + (d < 15 ? even(d + 1) : 0);
}
__attribute__((noinline)) static int even(int d) {
  long big[9];
  for (int i = 0; i < 9; i++) big[i] = d * i;
  return (int)big[8] + odd(d + 1);
}
int main(int argc, char **argv) {
  target = atoi(argv[1]) + 1; // 11
  printf("%d %d\n", even(0), argc);
  return 0;
}
