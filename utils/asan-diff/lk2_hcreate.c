// EXPECT: none
// strdup'd keys and values are entered in the hsearch table (allocated by hcreate, held in a libc global) and never hdestroy'd.
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  hcreate(n * 2);
  for (int i = 0; i < n; i++) {
    char k[16];
    snprintf(k, sizeof k, "key%d", i);
    ENTRY e = {strdup(k), strdup(argv[2] + i)};
    hsearch(e, ENTER);
  }
  ENTRY q = {"key3", 0};
  ENTRY *r = hsearch(q, FIND);
  printf("%s\n", r ? (char *)r->data : "-");
  return 0;
}
