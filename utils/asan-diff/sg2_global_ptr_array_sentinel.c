// EXPECT: global-buffer-overflow
// A global array of pointers walked until a NULL sentinel that was never
// stored.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
const char *words[4];
int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 6; /* 4: fills every slot, no sentinel */
  for (int i = 0; i < n; i++) words[i] = argv[2] + i;
  size_t total = 0;
  for (const char **w = words; *w; w++) total += strlen(*w); // BUG
  printf("%zu\n", total);
  return 0;
}
