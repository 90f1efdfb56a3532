// EXPECT: heap-use-after-free
// fprintf's %.s (an empty precision, zero) handed a freed heap string.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *s = malloc(strlen(argv[2]) + 1);
  strcpy(s, argv[2]);
  free(s);
  fprintf(stdout, "<%.s> %d\n", s, atoi(argv[1])); // BUG
  return 0;
}
