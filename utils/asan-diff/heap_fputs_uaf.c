// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *s = strdup("hello");
  free(s);
  fputs(s, stdout); // BUG
  return 0;
}
