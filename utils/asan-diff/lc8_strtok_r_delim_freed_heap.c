// EXPECT: heap-use-after-free
// The delimiter set is built on the heap and freed by a cleanup step before the tokenizing loop that still uses it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static char *make_delims(int extra) {
  char *d = malloc(8);
  strcpy(d, " \t");
  if (extra)
    strcat(d, ",");
  return d;
}
int main(int argc, char **argv) {
  char *line = malloc(64);
  snprintf(line, 64, "%s %s,%s", argv[1], argv[2], argv[1]);
  char *delims = make_delims(atoi(argv[1]) > 5);
  free(delims);
  char *save = NULL;
  int n = 0;
  for (char *t = strtok_r(line, delims, &save); t; t = strtok_r(NULL, delims, &save)) // BUG
    n += (int)strlen(t);
  printf("%d\n", n);
  free(line);
  return 0;
}
