// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  struct random_data *rd = calloc(1, sizeof *rd);
  char state[64];
  initstate_r(atoi(argv[1]), state, sizeof state, rd);
  free(rd);
  int32_t out;
  int r = random_r(rd, &out); // BUG
  printf("%d %d\n", r, out);
  return 0;
}
