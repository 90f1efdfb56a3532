// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
struct E { long key; char tag; } entries[2] = {{1, 'a'}, {2, 'b'}};
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 8;
  printf("%ld\n", entries[k].key); // BUG
  return 0;
}
