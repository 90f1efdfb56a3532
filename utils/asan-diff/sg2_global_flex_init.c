// EXPECT: global-buffer-overflow
// A global struct whose flexible array member is statically initialized
// with three elements; the fourth is read.
#include <stdio.h>
#include <stdlib.h>
struct Msg { int len; int data[]; };
struct Msg msg = {3, {10, 20, 30}};
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 7; /* 3 */
  long s = 0;
  for (int i = 0; i <= k; i++) s += msg.data[i]; // BUG
  printf("%ld %d\n", s, msg.len + argc);
  return 0;
}
