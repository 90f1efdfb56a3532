// EXPECT: global-buffer-overflow
// A global array of packed 7-byte records: reading the unaligned int of
// record N (one past the last) goes past the global.
#include <stdio.h>
#include <stdlib.h>
struct __attribute__((packed)) Entry { char kind; int value; short extra; };
struct Entry table[6] = {{'a', 1, 1}, {'b', 2, 2}, {'c', 3, 3}, {'d', 4, 4}, {'e', 5, 5}, {'f', 6, 6}};
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 4;
  printf("%d\n", table[k].value); // BUG
  return 0;
}
