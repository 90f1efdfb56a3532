// EXPECT: heap-buffer-overflow
// strncasecmp of an unterminated 5-byte heap string with an equal-prefix longer one, limit 8.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
int main(int argc, char **argv) {
  char *a = malloc(5);
  for (int i = 0; i < 5; i++)
    a[i] = argv[2][i] + ('a' - 'A');
  int r = strncasecmp(a, argv[2], atoi(argv[1]) - 2); // BUG
  printf("%d\n", r);
  free(a);
  return 0;
}
