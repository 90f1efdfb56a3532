// EXPECT: stack-buffer-overflow
// A frame with a 5 KiB and a 70 KiB array; the large one is written one
// element past its end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static long crunch(int k) {
  char small[5000];
  int big[17500];
  memset(small, 1, sizeof small);
  for (int i = 0; i < 17500; i++) big[i] = i;
  big[k] = small[k % 100]; // BUG
  return big[100] + small[7];
}
int main(int argc, char **argv) {
  printf("%ld\n", crunch(17490 + atoi(argv[1])));
  return 0;
}
