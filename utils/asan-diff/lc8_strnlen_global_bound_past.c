// EXPECT: global-buffer-overflow
// A fixed-width name field (no terminator when full) measured with strnlen bounded by the wrong, larger constant.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define NAME_FIELD 12
#define NAME_MAX_LEN 16
struct entry {
  char name[NAME_FIELD];
};
struct entry table[1];
int main(int argc, char **argv) {
  memcpy(table[0].name, argv[2], NAME_FIELD);
  size_t max = NAME_MAX_LEN + (size_t)atoi(argv[1]) - 10;
  size_t n = strnlen(table[0].name, max); // BUG
  printf("%.*s %zu\n", (int)n, table[0].name, n);
  return 0;
}
