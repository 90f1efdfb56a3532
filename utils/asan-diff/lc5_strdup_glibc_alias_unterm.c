// EXPECT: stack-buffer-overflow
// __strdup (glibc's exported alias of strdup, what older glibc headers turned strdup calls into)
// of a stack array without a terminator.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
extern char *__strdup(const char *);
int main(int argc, char **argv) {
  char s[5];
  memcpy(s, argv[2], sizeof s);
  char *d = __strdup(s); // BUG
  printf("%c\n", d[0]);
  free(d);
  return 0;
}
