// EXPECT: global-buffer-overflow
// A global array of structs indexed with -1 when a lookup fails: the
// field read lands before the array, in the redzone of the global defined
// just before it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Entry { char key[4]; int value; };
int defaults[3] = {7, 8, 9};
struct Entry table[3] = {{"a", 1}, {"b", 2}, {"c", 3}};
static int find(const char *k) {
  for (int i = 0; i < 3; i++)
    if (strcmp(table[i].key, k) == 0) return i;
  return -1;
}
int main(int argc, char **argv) {
  int i = find(argv[1]);
  printf("%d %d %d\n", table[i].value, defaults[0], argc); // BUG
  return 0;
}
