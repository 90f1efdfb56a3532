// EXPECT: heap-use-after-free
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *loc = strdup(argc > 1 ? "C" : "POSIX");
  free(loc);
  char *r = setlocale(LC_ALL, loc); // BUG
  printf("%d\n", r != 0);
  return 0;
}
