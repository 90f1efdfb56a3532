// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *s = malloc(4);
  memcpy(s, "   -", 4);
  char *end;
  long v = strtol(s + (argc - 3), &end, atoi(argv[1])); // BUG
  printf("%ld %d\n", v, (int)(end - s));
  free(s);
  return 0;
}
