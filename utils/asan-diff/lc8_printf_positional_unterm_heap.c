// EXPECT: heap-buffer-overflow
// A translated message template reorders its arguments with %1$/%2$; the name argument is a heap copy without a terminator.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static const char *tmpl_de = "%2$s hat %1$d Nachrichten\n";
int main(int argc, char **argv) {
  int count = atoi(argv[1]);
  size_t len = strlen(argv[2]) / 2;
  char *name = malloc(len);
  memcpy(name, argv[2], len);
  printf(tmpl_de, count, name); // BUG
  free(name);
  return 0;
}
