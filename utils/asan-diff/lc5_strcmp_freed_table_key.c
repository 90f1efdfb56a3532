// EXPECT: heap-use-after-free
// A table entry's key is freed on removal but left in place; the next lookup compares with it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct ent {
  char *key;
  int val;
};
int main(int argc, char **argv) {
  struct ent tab[3] = {{strdup("alpha"), 1}, {strdup(argv[2]), 2},
                       {strdup("gamma"), 3}};
  free(tab[1].key);
  int found = -1;
  for (int i = 0; i < 3; i++)
    if (strcmp(tab[i].key, argv[1]) == 0) // BUG
      found = tab[i].val;
  printf("%d\n", found);
  free(tab[0].key);
  free(tab[2].key);
  return 0;
}
