// EXPECT: global-buffer-overflow
// __strndup (glibc's exported alias of strndup) with a limit past an unterminated global field.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
extern char *__strndup(const char *, size_t);
char field[6];
int main(int argc, char **argv) {
  memcpy(field, argv[2], sizeof field);
  char *d = __strndup(field, atoi(argv[1])); // BUG
  puts(d);
  free(d);
  return 0;
}
