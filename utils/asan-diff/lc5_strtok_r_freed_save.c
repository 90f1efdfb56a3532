// EXPECT: heap-use-after-free
// strtok_r continues from its save pointer after the string it points into was freed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *s = malloc(64);
  snprintf(s, 64, "%s,%s,x", argv[1], argv[2]);
  char *save;
  char *first = strtok_r(s, ",", &save);
  printf("%s\n", first);
  free(s);
  char *second = strtok_r(NULL, ",", &save); // BUG
  printf("%p\n", (void *)second);
  return 0;
}
