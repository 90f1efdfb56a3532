// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *s = strdup(argv[2]);
  char *t1 = strtok(s, "M");
  size_t l1 = strlen(t1);
  free(s);
  char *t2 = strtok(0, "T"); // BUG
  printf("%zu %d\n", l1, t2 != 0);
  return 0;
}
