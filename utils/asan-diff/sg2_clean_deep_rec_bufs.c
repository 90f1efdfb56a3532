// EXPECT: none
// Recursion 3000 deep, each frame with local buffers whose addresses go to
// the next level and back.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static unsigned walk(int depth, const char *parent, int max) {
  char buf[48];
  int nums[5];
  snprintf(buf, sizeof buf, "%d:%.20s", depth, parent);
  for (int i = 0; i < 5; i++) nums[i] = depth * i + buf[i % 3];
  unsigned h = (unsigned)strlen(buf) + (unsigned)nums[4];
  if (depth < max) h += walk(depth + 1, buf, max);
  memset(buf, 0, sizeof buf);
  return h ^ (unsigned)buf[47];
}
int main(int argc, char **argv) {
  int max = atoi(argv[1]) * 300;
  printf("%u\n", walk(0, argv[2], max) + (unsigned)argc);
  return 0;
}
